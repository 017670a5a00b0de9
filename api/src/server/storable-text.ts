import type { RequestHandler } from 'express';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { currentRequestId } from '../observability/request-context';

/**
 * Text PostgreSQL cannot store, nor the audit log record: NUL, and half a UTF-16 surrogate pair
 * (not Unicode at all). No real client sends either; refused at the door, they cannot turn into
 * a database error halfway through a request, or an answer that could not be audited.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const RULE = 'text must be valid Unicode with no NUL characters';

/** Where in a JSON value the first unstorable string is, as a path like "input.title", or undefined. */
export function unstorableTextAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = unstorableTextAt(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = unstorableTextAt(inner, path ? `${path}.${key}` : key) ?? (UNSTORABLE.test(key) ? `${path}.${key}` : undefined);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Variables are checked before Apollo sees them (so before anything is resolved or audited). */
export const refuseUnstorableVariables: RequestHandler = (req, res, next) => {
  const variables = (req.body as { variables?: unknown } | undefined)?.variables;
  const at = unstorableTextAt(variables);
  if (at === undefined) {
    next();
    return;
  }
  res.status(400).json({
    errors: [{ message: `Variable "$${at}": ${RULE}.`, extensions: { code: 'BAD_USER_INPUT', requestId: currentRequestId() } }],
  });
};

/** String literals written into the document itself ("\u0000" escapes), refused at validation. */
export function StorableTextRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (UNSTORABLE.test(node.value)) context.reportError(new GraphQLError(`A string in the document breaks a rule: ${RULE}.`, { nodes: [node] }));
    },
  };
}
