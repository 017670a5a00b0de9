import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from '@jest/globals';
import { problemOf, problemsFrom } from './form-errors';

const FIELDS = {
  value: { id: 'target-value', label: 'Target for the year', arguments: ['input.value'] },
  measure: { id: 'target-measure', label: 'Measure', arguments: ['input.measure'] },
};
const refused = (...errors: { message: string; argument?: string }[]) =>
  new CombinedGraphQLErrors({ errors: errors.map(({ message, argument }) => ({ message, extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } })) });

describe('the API’s refusals on a form', () => {
  it('puts each refusal on the field that answers for its argument, in the API’s words without the argument’s name', () => {
    const problems = problemsFrom(refused({ argument: 'input.value', message: 'Argument "input.value": give the annual target for HIGHER_IS_BETTER' }), FIELDS);
    expect(problems).toEqual([{ field: 'value', message: 'Give the annual target for HIGHER_IS_BETTER' }]);
    expect(problemOf(problems, 'value')).toBe('Give the annual target for HIGHER_IS_BETTER');
    expect(problemOf(problems, 'measure')).toBeUndefined();
  });

  it('keeps a name the API spelled at the start of its message as it is', () => {
    const problems = problemsFrom(refused({ argument: 'input.value', message: 'Argument "input.value": police.operations is a count' }), FIELDS);
    expect(problems).toEqual([{ field: 'value', message: 'police.operations is a count' }]);
  });

  it('makes a refusal of an argument no field answers for, and any other failure, a problem of the whole form', () => {
    expect(problemsFrom(refused({ argument: 'input.financialYear', message: 'Argument "input.financialYear": must be a financial year' }), FIELDS)).toEqual([
      { message: 'The server could not answer the question: Argument "input.financialYear": must be a financial year' },
    ]);
    expect(problemsFrom(new TypeError('Failed to fetch'), FIELDS)).toEqual([
      { message: 'The dashboard could not reach the server. Check your connection, then reload the page.' },
    ]);
  });
});
