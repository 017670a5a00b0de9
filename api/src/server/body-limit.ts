import express, { type RequestHandler } from 'express';
import { verifiedUser } from '../access/authenticate';

/**
 * The JSON body parser for /graphql, with a limit that depends on who is asking: an import
 * (analysts only) carries a whole CSV file, but nobody else ever needs more than a small query.
 * A body limit cannot follow the operation (the body must be read to know it), so it follows the
 * caller identifyCaller verified instead: analysts may send the import limit doubled (room for JSON
 * escaping), everyone else `smallLimit` bytes, unverified callers included (the context refuses them).
 */
export function graphqlBodyParser(smallLimit: number, importMaxBytes: number): RequestHandler {
  const small = express.json({ limit: smallLimit });
  const large = express.json({ limit: importMaxBytes * 2 + smallLimit });
  return (req, res, next) => (verifiedUser(res)?.role === 'analyst' ? large : small)(req, res, next);
}
