// Names for the notes page's answer, which its tables and forms share; generated from workspace-notes.graphql.
import type { WorkspaceNotesQuery } from '../../../graphql/generated/graphql';

/** id: "timeline:<n>" (reference data, not editable) or "note:<n>" (an analyst's note); kind: strategy, service, campaign or note. */
export type Annotation = WorkspaceNotesQuery['annotations'][number];

export type SeriesBreak = WorkspaceNotesQuery['seriesBreaks'][number];
