import { GraphQLScalarType, Kind } from 'graphql';

/**
 * A calendar date, "YYYY-MM-DD". Parsing keeps the text as given: the resolver checks it, so a bad
 * date is a BAD_USER_INPUT error that names its argument whether it came inline or as a variable.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD (for example 2012-04-01).',
  serialize: (value) => String(value),
  parseValue: (value) => String(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : String((ast as { value?: unknown }).value ?? '')),
});
