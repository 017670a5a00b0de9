// Typed handles on the notes and series-break operations. The .graphql files are checked against the
// API schema at build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { IsoDate } from '../../../graphql/schema-types';
import addBreak from './add-break.graphql';
import addNote from './add-note.graphql';
import removeBreak from './remove-break.graphql';
import removeNote from './remove-note.graphql';
import updateBreak from './update-break.graphql';
import updateNote from './update-note.graphql';
import workspaceNotes from './workspace-notes.graphql';

export interface Annotation {
  /** "timeline:<n>" (reference data, not editable) or "note:<n>" (an analyst's note). */
  id: string;
  date: IsoDate;
  /** strategy, service or campaign (timeline events); note (analysts' notes). */
  kind: string;
  title: string;
  source: string;
}

export interface SeriesBreak {
  id: string;
  measure: string;
  startsOn: IsoDate;
  reason: string;
}

export const WorkspaceNotesQuery = workspaceNotes as TypedDocumentNode<
  { annotations: Annotation[]; seriesBreaks: SeriesBreak[]; measures: { id: string; label: string }[] },
  Record<string, never>
>;

type NoteVariables = { date: IsoDate; title: string };
type BreakVariables = { measure: string; startsOn: IsoDate; reason: string };

export const AddNoteMutation = addNote as TypedDocumentNode<{ addAnnotation: Annotation }, NoteVariables>;
export const UpdateNoteMutation = updateNote as TypedDocumentNode<{ updateAnnotation: Annotation }, NoteVariables & { id: string }>;
export const RemoveNoteMutation = removeNote as TypedDocumentNode<{ removeAnnotation: { id: string } }, { id: string }>;
export const AddSeriesBreakMutation = addBreak as TypedDocumentNode<{ addSeriesBreak: SeriesBreak }, BreakVariables>;
export const UpdateSeriesBreakMutation = updateBreak as TypedDocumentNode<{ updateSeriesBreak: SeriesBreak }, BreakVariables & { id: string }>;
export const RemoveSeriesBreakMutation = removeBreak as TypedDocumentNode<{ removeSeriesBreak: { id: string } }, { id: string }>;
