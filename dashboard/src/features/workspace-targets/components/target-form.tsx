import { useMutation } from '@apollo/client/react';
import { evictQueries } from '../../../graphql/figures-changed';
import { forwardRef, useState } from 'react';
import { paths } from '../../../app/paths';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { problemOf, problemsFrom, type FormProblem } from '../../../components/forms/form-errors';
import { ChoiceGroup, FieldError, SelectField, TextInput, Textarea } from '../../../components/forms/fields';
import { SetTargetDocument, type Polarity } from '../../../graphql/generated/graphql';
import { financialYearInWords } from '../../../lib/format';
import type { TargetMeasure } from '../graphql/types';
import { POLARITY_CHOICES, TARGET_FIELDS, targetInput, type TargetFormState } from '../target-form-state';

const QUARTER_NAMES = ['Q1 (April to June)', 'Q2 (July to September)', 'Q3 (October to December)', 'Q4 (January to March)'];

/**
 * Sets one measure's target for the year: the API checks every rule (value for the direction, a
 * rate from 0 to 100, tolerance from 0 to 1, a profile adding up) and its words go beside the field.
 */
export const TargetForm = forwardRef<HTMLHeadingElement, {
  financialYear: string;
  measures: readonly TargetMeasure[];
  form: TargetFormState;
  onChange: (form: TargetFormState) => void;
  onSaved: (message: string) => void;
}>(function TargetForm({ financialYear, measures, form, onChange, onSaved }, headingRef) {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [save, { loading }] = useMutation(SetTargetDocument);
  const measure = measures.find((m) => m.id === form.measure);
  const isRate = measure?.unit === 'PERCENT';
  const activityOnly = form.polarity === 'NO_TARGET';
  const set = (change: Partial<TargetFormState>) => onChange({ ...form, ...change });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const { input, problems: typed } = targetInput(financialYear, form, measure?.unit);
    if (!input) return setProblems(typed);
    try {
      const { data } = await save({
        variables: { input },
        refetchQueries: ['WorkspaceTargets'],
        awaitRefetchQueries: true,
        // The review and its glance read targets too: drop what they hold, so they ask again when next shown.
        update: (cache) => evictQueries(cache, ['targetReview', 'targetStatuses', 'targets']),
      });
      setProblems([]);
      onSaved(`Target saved: ${data?.setTarget.measure.label ?? input.measure}, ${financialYear}.`);
    } catch (error) {
      setProblems(problemsFrom(error, TARGET_FIELDS));
    }
  }

  return (
    <form className="app-target-form" noValidate onSubmit={submit} aria-labelledby="target-form-heading">
      <h2 className="app-heading-l" id="target-form-heading" ref={headingRef} tabIndex={-1}>
        Set a target for {financialYear}
      </h2>
      <p className="app-body">
        Setting a measure’s target again replaces the one it has for {financialYearInWords(financialYear)}. The{' '}
        <a className="app-link" href={`${paths.review}?${new URLSearchParams({ year: financialYear })}`}>
          quarterly review for {financialYear}
        </a>{' '}
        shows it at once.
      </p>
      <ErrorSummary problems={problems} fields={TARGET_FIELDS} />
      <SelectField
        id={TARGET_FIELDS.measure.id}
        label="Measure"
        value={form.measure}
        error={problemOf(problems, 'measure')}
        options={measures.map((m) => ({ value: m.id, text: m.label }))}
        onChange={(id) => set({ measure: id, polarity: measures.find((m) => m.id === id)?.polarity ?? form.polarity })}
      />
      <ChoiceGroup
        id={TARGET_FIELDS.polarity.id}
        legend="Direction"
        hint="Which way is better for this measure this year."
        error={problemOf(problems, 'polarity')}
        choices={POLARITY_CHOICES}
        selected={[form.polarity]}
        onChange={([polarity]) => set({ polarity: polarity as Polarity })}
      />
      {!activityOnly && (
        <TextInput
          id={TARGET_FIELDS.value.id}
          label="Target for the year"
          hint={isRate ? 'A percentage from 0 to 100, held all year, for example 75.' : 'The number for the whole year, for example 120.'}
          width="short"
          inputMode="decimal"
          value={form.value}
          error={problemOf(problems, 'value')}
          onChange={(value) => set({ value })}
        />
      )}
      <TextInput
        id={TARGET_FIELDS.tolerance.id}
        label="Tolerance (optional)"
        hint="How far behind profile still counts as amber, as a fraction: 0.1 is 10%. Leave blank for 0.1."
        width="short"
        inputMode="decimal"
        value={form.tolerance}
        error={problemOf(problems, 'tolerance')}
        onChange={(tolerance) => set({ tolerance })}
      />
      {!activityOnly && !isRate && (
        <ProfileFields profile={form.profile} error={problemOf(problems, 'profile')} onChange={(profile) => set({ profile })} />
      )}
      <TextInput
        id={TARGET_FIELDS.ownerPartner.id}
        label="Owner (optional)"
        hint="The partner who owns the target, for example Metropolitan Police."
        value={form.ownerPartner}
        error={problemOf(problems, 'ownerPartner')}
        onChange={(ownerPartner) => set({ ownerPartner })}
      />
      <Textarea id={TARGET_FIELDS.note.id} label="Note (optional)" rows={3} value={form.note} error={problemOf(problems, 'note')} onChange={(note) => set({ note })} />
      <button type="submit" className="app-button" disabled={loading}>
        {loading ? 'Saving the target…' : 'Save target'}
      </button>
    </form>
  );
});

/** Four quarters in one fieldset: blank for an even profile, or amounts (or fractions) from April. */
function ProfileFields({ profile, error, onChange }: { profile: TargetFormState['profile']; error?: string; onChange: (profile: TargetFormState['profile']) => void }) {
  const id = TARGET_FIELDS.profile.id;
  return (
    <div className={`app-form-group${error ? ' app-form-group--error' : ''}`}>
      <fieldset className="app-fieldset" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <legend className="app-fieldset__legend">Quarterly profile (optional)</legend>
        <p className="app-hint" id={`${id}-hint`}>
          How the year’s target is spread, from April: four amounts adding up to the target, or four fractions adding up to 1.
          Leave all four blank to spread it evenly.
        </p>
        {error && <FieldError id={id} message={error} />}
        <div className="app-profile-fields">
          {QUARTER_NAMES.map((name, i) => (
            <div className="app-profile-fields__item" key={name}>
              <label className="app-label" htmlFor={`target-profile-${i + 1}`}>
                {name}
              </label>
              <input
                id={`target-profile-${i + 1}`}
                className={`app-input app-input--short${error ? ' app-input--error' : ''}`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={profile[i]}
                onChange={(event) => onChange(profile.map((q, j) => (j === i ? event.target.value : q)) as TargetFormState['profile'])}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
