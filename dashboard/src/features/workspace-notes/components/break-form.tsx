import { useMutation } from '@apollo/client/react';
import type { FormField } from '../../../components/forms/form-errors';
import { SelectField, TextInput } from '../../../components/forms/fields';
import { RecordForm, useRecordForm } from '../../../components/forms/record-form';
import { AddSeriesBreakDocument, UpdateSeriesBreakDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../lib/format';
import type { SeriesBreak } from '../graphql/types';
import { CHART_EVENTS_CHANGED } from '../hooks/chart-events-changed';

const BREAK_FIELDS = {
  measure: { id: 'break-measure', label: 'Measure', arguments: ['measure'] },
  startsOn: { id: 'break-starts-on', label: 'Starts on', arguments: ['startsOn'] },
  reason: { id: 'break-reason', label: 'Reason', arguments: ['reason'] },
} satisfies Record<string, FormField>;

const BLANK = { measure: '', startsOn: '', reason: '' };
const valuesOf = (seriesBreak: SeriesBreak) => ({ measure: seriesBreak.measure, startsOn: seriesBreak.startsOn, reason: seriesBreak.reason });

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
  const form = useRecordForm({ editing, blank: BLANK, valuesOf, fields: BREAK_FIELDS });
  const [add, adding] = useMutation(AddSeriesBreakDocument, CHART_EVENTS_CHANGED);
  const [update, updating] = useMutation(UpdateSeriesBreakDocument, CHART_EVENTS_CHANGED);
  const { measure, startsOn, reason } = form.values;
  const chosen = measure || measures[0]?.id || '';
  const label = (id: string) => measures.find((m) => m.id === id)?.label ?? id;

  function submit() {
    const variables = { measure: chosen, startsOn: startsOn.trim(), reason };
    void form.submit(
      () => (editing ? update({ variables: { id: editing.id, ...variables } }) : add({ variables })),
      () => onDone(`Series break ${editing ? 'changed' : 'added'}: ${label(chosen)} from ${formatDate(variables.startsOn)}.`),
    );
  }

  return (
    <RecordForm
      id="break-form"
      form={form}
      fields={BREAK_FIELDS}
      heading={editing ? `Change the break in ${label(editing.measure)} from ${formatDate(editing.startsOn)}` : 'Add a series break'}
      level={3}
      editing={editing !== null}
      submitText={editing ? 'Save the break' : 'Add the break'}
      busy={adding.loading || updating.loading}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
      <SelectField
        id={BREAK_FIELDS.measure.id}
        label="Measure"
        hint="The break applies to the measure’s strands and wards too."
        value={chosen}
        options={measures.map((m) => ({ value: m.id, text: m.label }))}
        error={form.problemOf('measure')}
        onChange={(measure) => form.set({ measure })}
      />
      <TextInput
        id={BREAK_FIELDS.startsOn.id}
        label="Starts on"
        hint="The first day of the new baseline, written year-month-day, for example 2013-04-01. The chart starts a new segment with its month."
        width="medium"
        value={startsOn}
        error={form.problemOf('startsOn')}
        onChange={(startsOn) => form.set({ startsOn })}
      />
      <TextInput
        id={BREAK_FIELDS.reason.id}
        label="Reason"
        hint="Why the series breaks, for example New recording system (at most 200 characters)."
        value={reason}
        error={form.problemOf('reason')}
        onChange={(reason) => form.set({ reason })}
      />
    </RecordForm>
  );
}
