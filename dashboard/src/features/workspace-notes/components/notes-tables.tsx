import { RemoveNoteDocument, RemoveSeriesBreakDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../lib/format';
import type { Annotation, SeriesBreak } from '../graphql/types';
import { Removal } from './removal';
import { DataTable } from '../../../components/data-table';

const KINDS: Record<string, string> = { strategy: 'Strategy', service: 'Service', campaign: 'Campaign' };

/** The analysts' notes, each with change and remove. */
export function NotesTable({ notes, onChange, onRemoved }: { notes: readonly Annotation[]; onChange: (note: Annotation) => void; onRemoved: (message: string) => void }) {
  return (
    <DataTable caption={<>Analysts’ notes ({notes.length})</>} headings={['Date', 'Note', { text: 'Actions', hidden: true }]}>
      {notes.map((note) => {
        const what = `the note of ${formatDate(note.date)}`;
        return (
          <tr key={note.id}>
            <td className="app-nowrap">{formatDate(note.date)}</td>
            <th scope="row">{note.title}</th>
            <td>
              <div className="app-actions">
                <button type="button" className="app-link-button" onClick={() => onChange(note)}>
                  Change<span className="app-visually-hidden"> {what}</span>
                </button>
                <Removal mutation={RemoveNoteDocument} id={note.id} what={what} question={`Remove the note “${note.title}” from every time chart?`} onRemoved={onRemoved} />
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** The timeline's events: from the partnership's documents, so shown here but not changed here. */
export function TimelineTable({ events }: { events: readonly Annotation[] }) {
  return (
    <DataTable caption={<>Timeline events ({events.length})</>} headings={['Date', 'Event', 'Kind', 'Source']}>
      {events.map((event) => (
        <tr key={event.id}>
          <td className="app-nowrap">{formatDate(event.date)}</td>
          <th scope="row">{event.title}</th>
          <td>{KINDS[event.kind] ?? event.kind}</td>
          <td>{event.source}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The recorded series breaks, each with change and remove. */
export function BreaksTable({
  breaks,
  measureName,
  onChange,
  onRemoved,
}: {
  breaks: readonly SeriesBreak[];
  measureName: (id: string) => string;
  onChange: (seriesBreak: SeriesBreak) => void;
  onRemoved: (message: string) => void;
}) {
  return (
    <DataTable caption={<>Series breaks ({breaks.length})</>} headings={['Measure', 'Starts on', 'Reason', { text: 'Actions', hidden: true }]}>
      {breaks.map((seriesBreak) => {
        const what = `the break in ${measureName(seriesBreak.measure)} from ${formatDate(seriesBreak.startsOn)}`;
        return (
          <tr key={seriesBreak.id}>
            <th scope="row">{measureName(seriesBreak.measure)}</th>
            <td className="app-nowrap">{formatDate(seriesBreak.startsOn)}</td>
            <td>{seriesBreak.reason}</td>
            <td>
              <div className="app-actions">
                <button type="button" className="app-link-button" onClick={() => onChange(seriesBreak)}>
                  Change<span className="app-visually-hidden"> {what}</span>
                </button>
                <Removal
                  mutation={RemoveSeriesBreakDocument}
                  id={seriesBreak.id}
                  what={what}
                  question={`Remove ${what}? Its SPC chart will join the segments either side again.`}
                  onRemoved={onRemoved}
                />
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
