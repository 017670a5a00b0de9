// The target form's fields as typed, and how they become setTarget's input: numbers checked here only
// for being numbers (every other rule is the API's, shown beside the field it names).
import type { FormField, FormProblem } from '../../components/forms/form-errors';
import type { Polarity, SetTargetInput } from '../../graphql/generated/graphql';
import type { TargetMeasure, WorkspaceTarget } from './graphql/types';

export interface TargetFormState {
  measure: string;
  polarity: Polarity;
  value: string;
  tolerance: string;
  profile: [string, string, string, string];
  ownerPartner: string;
  note: string;
}

/** The form's fields: element ids (the error summary's links) and the API arguments each answers for. */
export const TARGET_FIELDS = {
  measure: { id: 'target-measure', label: 'Measure', arguments: ['input.measure'] },
  polarity: { id: 'target-polarity', label: 'Direction', arguments: ['input.polarity'] },
  value: { id: 'target-value', label: 'Target for the year', arguments: ['input.value'] },
  tolerance: { id: 'target-tolerance', label: 'Tolerance', arguments: ['input.tolerance'] },
  profile: { id: 'target-profile-1', label: 'Quarterly profile', arguments: ['input.quarterlyProfile'] },
  ownerPartner: { id: 'target-owner', label: 'Owner', arguments: ['input.ownerPartner'] },
  note: { id: 'target-note', label: 'Note', arguments: ['input.note'] },
} satisfies Readonly<Record<string, FormField>>;

export const POLARITY_CHOICES: readonly { value: Polarity; text: string; hint: string }[] = [
  { value: 'HIGHER_IS_BETTER', text: 'Higher is better', hint: 'Green when at or above the profile to date.' },
  { value: 'LOWER_IS_BETTER', text: 'Lower is better', hint: 'Green when at or below the profile to date.' },
  { value: 'NO_TARGET', text: 'Activity only (no target)', hint: 'The figure is reported without a target or a status.' },
];

export function emptyTargetForm(measure: TargetMeasure | undefined): TargetFormState {
  return { measure: measure?.id ?? '', polarity: measure?.polarity ?? 'HIGHER_IS_BETTER', value: '', tolerance: '', profile: ['', '', '', ''], ownerPartner: '', note: '' };
}

/** A saved target in the form, to change it. */
export function targetForm(target: WorkspaceTarget): TargetFormState {
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  const evenProfile = target.value !== null && target.quarterlyProfile.every((q) => Math.abs(q - (target.quarterlyProfile[0] ?? q)) < 1e-9);
  return {
    measure: target.measure.id,
    polarity: target.polarity,
    value: text(target.value),
    tolerance: text(target.tolerance),
    // An even profile is left blank, so changing the value keeps it even.
    profile: evenProfile || target.measure.unit === 'PERCENT' ? ['', '', '', ''] : [0, 1, 2, 3].map((i) => text(target.quarterlyProfile[i])) as TargetFormState['profile'],
    ownerPartner: target.ownerPartner ?? '',
    note: target.note ?? '',
  };
}

/** A typed number: blank is "not given" (null); anything else must read as a number. */
function parsed(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/,/g, '');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : 'invalid';
}

/** setTarget's input from the form, or the fields that are not numbers (the API would refuse the request whole). */
export function targetInput(financialYear: string, form: TargetFormState, unit: 'COUNT' | 'PERCENT' | undefined): { input?: SetTargetInput; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const activityOnly = form.polarity === 'NO_TARGET';
  const value = activityOnly ? null : parsed(form.value);
  if (value === 'invalid') problems.push({ field: 'value', message: `Enter the target as a number, like ${unit === 'PERCENT' ? '75' : '120'}` });
  const tolerance = parsed(form.tolerance);
  if (tolerance === 'invalid') problems.push({ field: 'tolerance', message: 'Enter the tolerance as a fraction, like 0.1 for 10%' });
  const quarters = activityOnly || unit === 'PERCENT' ? [] : form.profile.map(parsed);
  const givenQuarters = quarters.filter((q) => q !== null);
  if (quarters.some((q) => q === 'invalid')) problems.push({ field: 'profile', message: 'Enter each quarter of the profile as a number, or leave all four blank for an even profile' });
  else if (givenQuarters.length > 0 && givenQuarters.length < 4) problems.push({ field: 'profile', message: 'Enter all four quarters of the profile, or leave all four blank for an even profile' });
  if (problems.length > 0) return { problems };
  return {
    problems,
    input: {
      financialYear,
      measure: form.measure,
      polarity: form.polarity,
      value: value as number | null,
      tolerance: tolerance as number | null,
      quarterlyProfile: givenQuarters.length === 4 ? (givenQuarters as number[]) : null,
      ownerPartner: form.ownerPartner.trim() || null,
      note: form.note.trim() || null,
    },
  };
}
