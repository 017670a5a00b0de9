import express, { type RequestHandler } from 'express';
import { looksLikeApiKey } from '../access/api-key.service';
import type { TokenVerifier } from '../access/token.service';

/**
 * The JSON body parser for /graphql, with a limit that depends on who is asking: an import
 * (analysts only) carries a whole CSV file, but nobody else ever needs more than a small query.
 * A body limit cannot follow the operation (the body must be read to know it), so it follows the
 * verified token instead: analysts may send the import limit doubled (room for JSON escaping),
 * everyone else `smallLimit` bytes. Unverifiable tokens get the small limit; the context refuses them.
 */
export function graphqlBodyParser(verifyToken: TokenVerifier, smallLimit: number, importMaxBytes: number): RequestHandler {
  const small = express.json({ limit: smallLimit });
  const large = express.json({ limit: importMaxBytes * 2 + smallLimit });
  return (req, res, next) => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token || looksLikeApiKey(token)) { // API keys are for funders and members, never analysts
      small(req, res, next);
      return;
    }
    verifyToken(token).then(
      (user) => (user.role === 'analyst' ? large : small)(req, res, next),
      () => small(req, res, next),
    );
  };
}
