import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SavedMessage } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { WorkspaceNotesDocument } from '../../../graphql/generated/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { Annotation, SeriesBreak } from '../graphql/types';
import { BreakForm } from './break-form';
import { NoteForm } from './note-form';
import { BreaksTable, NotesTable, TimelineTable } from './notes-tables';
import { Section } from '../../../components/govuk/section';
import '../notes.css';

const NOTE_KIND = 'note';

/** /workspace/notes — the events drawn on every time chart and the breaks that start a new SPC baseline. */
export function NotesPage() {
  useDocumentTitle('Events and series breaks');
  const { data, loading, error } = useQuery(WorkspaceNotesDocument);
  const [editingNote, setEditingNote] = useState<Annotation | null>(null);
  const [editingBreak, setEditingBreak] = useState<SeriesBreak | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const annotations = data?.annotations ?? [];
  const notes = annotations.filter((a) => a.kind === NOTE_KIND);
  const timeline = annotations.filter((a) => a.kind !== NOTE_KIND);
  const measures = data?.measures ?? [];
  const measureName = (id: string) => measures.find((m) => m.id === id)?.label ?? id;
  const done = (message: string | null) => {
    setSaved(message);
    setEditingNote(null);
    setEditingBreak(null);
  };

  return (
    <>
      <span className="app-caption-l">Workspace</span>
      <h1 className="app-heading-xl">Events and series breaks</h1>
      <p className="app-body-l">
        Notes are drawn on every time chart and listed beneath it. A series break makes a measure’s SPC chart start a new baseline,
        for example when a recording system changes.
      </p>
      <SavedMessage>{saved}</SavedMessage>
      {error ? (
        <ProblemMessage title="The notes and series breaks could not be loaded" error={error} />
      ) : loading && !data ? (
        <p className="app-body" role="status">
          Loading the notes and series breaks…
        </p>
      ) : (
        <>
          <Section id="notes" heading="Analysts’ notes">
            {notes.length === 0 ? (
              <p className="app-body">No analyst has added a note yet. Add one below to mark an event the charts should show.</p>
            ) : (
              <div className="app-table-scroll">
                <NotesTable notes={notes} onChange={(note) => { setSaved(null); setEditingNote(note); }} onRemoved={done} />
              </div>
            )}
            <NoteForm editing={editingNote} onDone={done} />
          </Section>

          <Section id="timeline" heading="Timeline events">
            <p className="app-body">
              These come from the partnership’s strategy documents and briefings (reference data), so they cannot be changed or
              removed here. To correct one, ask the data team to change the reference data. They are drawn on the charts beside
              the analysts’ notes.
            </p>
            {timeline.length === 0 ? (
              <p className="app-body">The reference data has no timeline events.</p>
            ) : (
              <div className="app-table-scroll">
                <TimelineTable events={timeline} />
              </div>
            )}
          </Section>

          <Section id="breaks" heading="Series breaks">
            {(data?.seriesBreaks ?? []).length === 0 ? (
              <p className="app-body">No series breaks are recorded: every SPC chart has one baseline. Add one below when a series changes how it is counted.</p>
            ) : (
              <div className="app-table-scroll">
                <BreaksTable
                  breaks={data?.seriesBreaks ?? []}
                  measureName={measureName}
                  onChange={(seriesBreak) => { setSaved(null); setEditingBreak(seriesBreak); }}
                  onRemoved={done}
                />
              </div>
            )}
            {measures.length > 0 && <BreakForm editing={editingBreak} measures={measures} onDone={done} />}
          </Section>
        </>
      )}
    </>
  );
}
