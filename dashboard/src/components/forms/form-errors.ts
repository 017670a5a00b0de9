// The API's refusals, placed on the fields they name: each bad argument (extensions.argument, e.g.
// "input.value") goes next to its field and into the error summary, with a link to the field.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError } from '../../lib/describe-error';

/** One problem as the error summary lists it: its words, and the field to move to (absent: the form as a whole). */
export interface FormProblem {
  /** The field's key in the form (e.g. "value"), or undefined for a problem with no field. */
  field?: string;
  message: string;
}

/** A field of a form: the key the form uses, its element id, its label and the API arguments it answers for. */
export interface FormField {
  id: string;
  label: string;
  arguments: readonly string[];
}

/**
 * Without the argument prefix the API puts in front ("Argument \"input.value\": "), the message reads
 * as the field's own; a sentence starts with a capital, unless it starts with a name the API spelled (a measure id).
 */
function plainMessage(message: string): string {
  const text = message.replace(/^Argument "[^"]+":\s*/, '');
  return /^[a-z]+[\s,]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * The API's error as problems on the form's fields. An argument no field answers for (or an error
 * with none: a network failure, a refusal) becomes a problem of the whole form, in words to act on.
 */
export function problemsFrom(error: unknown, fields: Readonly<Record<string, FormField>>): FormProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [{ message: describeError(error) }];
  return error.errors.map((e) => {
    const argument = e.extensions?.['argument'];
    const field = typeof argument === 'string' ? Object.keys(fields).find((key) => fields[key]?.arguments.includes(argument)) : undefined;
    return field ? { field, message: plainMessage(e.message) } : { message: describeError(new CombinedGraphQLErrors({ errors: [e] })) };
  });
}

/** The first problem of each field, for the message beside it. */
export function problemOf(problems: readonly FormProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}
