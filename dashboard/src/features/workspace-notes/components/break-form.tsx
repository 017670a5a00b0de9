import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { problemOf, problemsFrom, type FormField, type FormProblem } from '../../../components/forms/form-errors';
import { SelectField, TextInput } from '../../../components/forms/fields';
import { AddSeriesBreakDocument, UpdateSeriesBreakDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../lib/format';
import type { SeriesBreak } from '../graphql/types';
import { CHART_EVENTS_CHANGED } from '../hooks/chart-events-changed';

const BREAK_FIELDS = {
  measure: { id: 'break-measure', label: 'Measure', arguments: ['measure'] },
  startsOn: { id: 'break-starts-on', label: 'Starts on', arguments: ['startsOn'] },
  reason: { id: 'break-reason', label: 'Reason', arguments: ['reason'] },
} satisfies Record<string, FormField>;

/** Records a break in a measure's series, or changes the one being edited. */
export function BreakForm({
  editing,
  measures,
  onDone,
}: {
  editing: SeriesBreak | null;
  measures: readonly { id: string; label: string }[];
  onDone: (message: string | null) => void;
}) {
  const [measure, setMeasure] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const [add, adding] = useMutation(AddSeriesBreakDocument, CHART_EVENTS_CHANGED);
  const [update, updating] = useMutation(UpdateSeriesBreakDocument, CHART_EVENTS_CHANGED);
  const chosen = measure || measures[0]?.id || '';
  const label = (id: string) => measures.find((m) => m.id === id)?.label ?? id;

  useEffect(() => {
    setMeasure(editing?.measure ?? '');
    setStartsOn(editing?.startsOn ?? '');
    setReason(editing?.reason ?? '');
    setProblems([]);
    if (editing) heading.current?.focus();
  }, [editing]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const variables = { measure: chosen, startsOn: startsOn.trim(), reason };
    try {
      if (editing) await update({ variables: { id: editing.id, ...variables } });
      else await add({ variables });
      setProblems([]);
      setMeasure('');
      setStartsOn('');
      setReason('');
      onDone(`Series break ${editing ? 'changed' : 'added'}: ${label(chosen)} from ${formatDate(variables.startsOn)}.`);
    } catch (error) {
      setProblems(problemsFrom(error, BREAK_FIELDS));
    }
  }

  return (
    <form className="app-record-form" noValidate onSubmit={submit} aria-labelledby="break-form-heading">
      <h3 className="app-heading-m" id="break-form-heading" ref={heading} tabIndex={-1}>
        {editing ? `Change the break in ${label(editing.measure)} from ${formatDate(editing.startsOn)}` : 'Add a series break'}
      </h3>
      <ErrorSummary problems={problems} fields={BREAK_FIELDS} />
      <SelectField
        id={BREAK_FIELDS.measure.id}
        label="Measure"
        hint="The break applies to the measure’s strands and wards too."
        value={chosen}
        options={measures.map((m) => ({ value: m.id, text: m.label }))}
        error={problemOf(problems, 'measure')}
        onChange={setMeasure}
      />
      <TextInput
        id={BREAK_FIELDS.startsOn.id}
        label="Starts on"
        hint="The first day of the new baseline, written year-month-day, for example 2013-04-01. The chart starts a new segment with its month."
        width="medium"
        value={startsOn}
        error={problemOf(problems, 'startsOn')}
        onChange={setStartsOn}
      />
      <TextInput
        id={BREAK_FIELDS.reason.id}
        label="Reason"
        hint="Why the series breaks, for example New recording system (at most 200 characters)."
        value={reason}
        error={problemOf(problems, 'reason')}
        onChange={setReason}
      />
      <div className="app-button-group">
        <button type="submit" className="app-button" disabled={adding.loading || updating.loading}>
          {editing ? 'Save the break' : 'Add the break'}
        </button>
        {editing && (
          <button type="button" className="app-button app-button--secondary" onClick={() => onDone(null)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
