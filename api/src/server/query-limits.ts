import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * How big one GraphQL document may be. The dashboard's heaviest queries (Gaia strands, the SPC
 * chart, the quarterly review) are depth 4 and cost under 80 by graphql-armor's reckoning; a
 * script asking for eight headline figures in one document costs 28. The limits leave scripts
 * ten times that room and refuse documents built to make the server work for nothing.
 */
export const QUERY_LIMITS = {
  /** Nesting of selections: the schema's deepest real path is 4 (targetStatuses → target → measure → id). */
  maxDepth: 8,
  /**
   * graphql-armor's cost: 2 per object, 1 per scalar, multiplied 1.5× per level of depth. Its
   * default, 5,000, could never bind here (15 aliases of every figures field cost about 770), so
   * 1,000: about 13 times the dashboard's heaviest query.
   */
  maxCost: 1000,
  /** The same field asked again under another name, e.g. eight `figures` for eight headline cards. */
  maxAliases: 15,
  /** Directives (@include, @skip) in one document. */
  maxDirectives: 50,
  /** Lexical tokens: a long document is parsed before anything else can refuse it. */
  maxTokens: 2000,
} as const;

/**
 * graphql-armor's protections for Apollo: validation rules for depth, cost, aliases and
 * directives, and "Did you mean …" suggestions masked. The limits are not told to clients
 * (exposeLimits: false) and apply to introspection queries as well, so a full introspection query
 * (depth 13) is refused: tools read schema/schema.graphql instead.
 *
 * The token limit is graphql-js's own (parseOptions.maxTokens): armor's version replaces Apollo's
 * parse step, which turns every syntax error into an HTTP 500.
 */
export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false, ignoreIntrospection: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: false, ignoreIntrospection: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}

/** graphql-js's refusal names the limit; clients are told only that the document is too long. */
export function hideTokenLimit(message: string): string {
  return /Document contains more th(?:at|an) \d+ tokens/.test(message) ? 'Syntax Error: the document is too long.' : message;
}
