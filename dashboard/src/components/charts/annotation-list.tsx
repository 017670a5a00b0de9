import { useId } from 'react';
import { formatDate } from '../../lib/format';
import type { ChartMarkerNote } from './annotation-marks';
import './charts.css';

export interface AnnotationListProps {
  notes: readonly ChartMarkerNote[];
  /** The list's heading, e.g. "Events on this chart". */
  heading?: string;
  /** How the chart marks them: numbered lines, or ticks on sparklines. */
  marking?: 'numbered' | 'ticks';
  /** The sentence saying how to find them on the chart, where the default does not fit. */
  explanation?: string;
  /** The events could not be loaded: say so rather than show a chart that looks uneventful. */
  unavailable?: boolean;
}

/**
 * The events a chart marks, in words: the chart's drawing is hidden from assistive technology and
 * its lines carry only numbers, so this list is what says what happened when (WCAG 1.1.1, 1.4.1).
 */
export function AnnotationList({
  notes,
  heading = 'Events on this chart',
  marking = 'numbered',
  explanation,
  unavailable = false,
}: AnnotationListProps) {
  const headingId = useId();
  if (unavailable) {
    return (
      <p className="app-annotations app-annotations--unavailable">
        The timeline’s events and analysts’ notes could not be loaded for this chart.
      </p>
    );
  }
  if (notes.length === 0) return null;
  const how =
    explanation ??
    (marking === 'numbered'
      ? 'A numbered line on the chart marks the period each falls in.'
      : 'A tick at the foot of each trend line marks the month each falls in.');
  return (
    <div className="app-annotations">
      <p className="app-annotations__heading" id={headingId}>
        {heading} ({notes.length})
      </p>
      <p className="app-annotations__how">{how}</p>
      <ol className="app-marker-notes" aria-labelledby={headingId}>
        {notes.map((note) => (
          <li key={`${note.label}-${note.title}`}>
            {marking === 'numbered' && <span className="app-marker-notes__label">{note.label}</span>}
            <span>
              <span className="app-marker-notes__date">{formatDate(note.date)}</span>: {note.title}{' '}
              <span className="app-marker-notes__source">({note.source})</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
