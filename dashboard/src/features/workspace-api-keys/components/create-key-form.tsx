import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { ChoiceGroup, FieldError, TextInput } from '../../../components/forms/fields';
import { problemOf, problemsFrom, type FormField, type FormProblem } from '../../../components/forms/form-errors';
import { ApiKeysDocument, CreateApiKeyDocument, type ApiKeyRole } from '../../../graphql/generated/graphql';
import { formatDate, londonDayStart, londonToday } from '../../../lib/format';
import { addDays } from '../../../lib/financial-periods';
import type { CreatedApiKey } from '../graphql/types';

const FIELDS = {
  name: { id: 'api-key-name', label: 'Who or what the key is for', arguments: ['name'] },
  role: { id: 'api-key-role', label: 'What the key may see', arguments: ['role'] },
  lastDay: { id: 'api-key-last-day', label: 'Last day the key works', arguments: ['expiresAt'] },
} satisfies Record<string, FormField>;

const ROLE_CHOICES = [
  { value: 'funder', text: 'Funder', hint: 'Released figures only, small numbers withheld, every request recorded in the audit log. For MOPAC and other funders.' },
  { value: 'member', text: 'Operational group member', hint: 'Every figure, live, as members see them on the dashboard. Only for the partnership’s own scripts.' },
];

/** Problems the page can see before asking the server. */
function checked(name: string, lastDay: string, today: string): FormProblem[] {
  const problems: FormProblem[] = [];
  if (name.trim() === '') problems.push({ field: 'name', message: 'Enter who or what the key is for, for example “MOPAC quarterly returns”' });
  else if (name.trim().length > 100) problems.push({ field: 'name', message: 'Who or what the key is for must be 100 characters or fewer' });
  if (lastDay !== '' && !londonDayStart(lastDay)) problems.push({ field: 'lastDay', message: 'Enter the last day as a date, or leave it empty' });
  else if (lastDay !== '' && lastDay < today) problems.push({ field: 'lastDay', message: `The last day must be today (${formatDate(today)}) or later` });
  return problems;
}

/** Issue a key: its label, its role and the last day it works (a year ahead unless changed; empty for no expiry). */
export function CreateKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const today = londonToday();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiKeyRole>('funder');
  const [lastDay, setLastDay] = useState(() => addDays(today, 365));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  // no-cache: the new key's secret must not stay in Apollo's cache for the rest of the session.
  const [create, { loading }] = useMutation(CreateApiKeyDocument, { refetchQueries: [ApiKeysDocument], fetchPolicy: 'no-cache' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checked(name, lastDay, today);
    setProblems(found);
    if (found.length > 0) return;
    try {
      // The key stops at the end of its last day, UK time: the start of the day after.
      const expiresAt = lastDay === '' ? null : (londonDayStart(addDays(lastDay, 1)) ?? null);
      const { data } = await create({ variables: { name: name.trim(), role, expiresAt } });
      if (!data) return;
      setName('');
      onCreated(data.createApiKey);
    } catch (error) {
      setProblems(problemsFrom(error, FIELDS));
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="create-key-heading">
      <h2 className="app-heading-l" id="create-key-heading">
        Issue a key
      </h2>
      <ErrorSummary problems={problems} fields={FIELDS} />
      <TextInput {...FIELDS.name} hint="Shown in the list below and in the audit log, for example “MOPAC quarterly returns”." value={name} onChange={setName} error={problemOf(problems, 'name')} />
      <ChoiceGroup
        id={FIELDS.role.id}
        legend={FIELDS.role.label}
        choices={ROLE_CHOICES}
        selected={[role]}
        onChange={([chosen]) => setRole(chosen as ApiKeyRole)}
        error={problemOf(problems, 'role')}
      />
      <div className={`app-form-group${problemOf(problems, 'lastDay') ? ' app-form-group--error' : ''}`}>
        <label className="app-label" htmlFor={FIELDS.lastDay.id}>
          {FIELDS.lastDay.label}
        </label>
        <p className="app-hint" id={`${FIELDS.lastDay.id}-hint`}>
          The key is refused from the start of the next day, UK time. A year ahead unless you change it; leave it empty for a key that
          works until it is revoked.
        </p>
        {problemOf(problems, 'lastDay') && <FieldError id={FIELDS.lastDay.id} message={problemOf(problems, 'lastDay') ?? ''} />}
        <input
          id={FIELDS.lastDay.id}
          className={`app-input app-input--medium${problemOf(problems, 'lastDay') ? ' app-input--error' : ''}`}
          type="date"
          min={today}
          value={lastDay}
          aria-describedby={`${FIELDS.lastDay.id}-hint${problemOf(problems, 'lastDay') ? ` ${FIELDS.lastDay.id}-error` : ''}`}
          onChange={(event) => setLastDay(event.target.value)}
        />
      </div>
      <button type="submit" className="app-button" disabled={loading}>
        {loading ? 'Creating the key…' : 'Create key'}
      </button>
    </form>
  );
}
