import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { today } from '../config';
import type { Logger } from '../observability/logger';
import { callerOf } from '../access/authenticate';
import type { RequestContext } from '../context/request-context';
import { redactArguments } from '../audit/audit-entry';
import { answerKey, type AnswerRequest } from './answer-key';
import { ByteBudgetLru } from './answer-lru';
import { AnswerVersionTracker, readAnswerVersion, uncoveredTables, versionLabel, type AnswerVersion } from './answer-version';
import { CACHEABLE_ROOT_FIELDS } from './cacheable-fields';
import type { ExecutedRootField } from '../audit/operation-audit';
import { answerBytes, auditCachedAnswer, rowsByField, type CachedAnswer } from './cached-answer';

/** Says whether an answer came from the cache: for tests, the bench and anyone reading a trace. */
export const ANSWER_CACHE_HEADER = 'answer-cache';
const JSON_TYPE = 'application/json; charset=utf-8';

export interface AnswerCache {
  /** Express middleware in front of Apollo: answers a hit (and audits it), else passes the request on. */
  serveHits: RequestHandler;
  /** Keeps each cacheable answer Apollo makes; after a mutation, reads the new version at once. */
  plugin: ApolloServerPlugin<RequestContext>;
  tracker: AnswerVersionTracker;
  answers: ByteBudgetLru<CachedAnswer>;
  close(): Promise<void>;
}

/** The request as Apollo will read it, when it is one Apollo would run the same way (a JSON POST). */
function cacheableRequest(req: Parameters<RequestHandler>[0]): AnswerRequest | undefined {
  if (req.method !== 'POST' || !req.is('application/json')) return undefined;
  const accept = req.headers.accept;
  if (accept && accept.includes('graphql-response')) return undefined; // Apollo would answer with another content type
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || typeof body.query !== 'string' || body.extensions !== undefined) return undefined;
  const { operationName, variables } = body;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  return { query: body.query, operationName: operationName as string | null | undefined, variables: variables as Record<string, unknown> | null | undefined };
}

/**
 * Whole GraphQL answers, kept per answer version (see answer-version.ts), day, viewer scope and
 * normalised operation. A hit skips Apollo, the resolvers and their transactions: it costs the
 * token check, the audit entry when the role is audited, and no query when the version listener
 * is up. A miss is kept only when the version it was computed at did not move while it ran; the
 * same question asked while it runs waits for it rather than working the answer out again.
 */
export function createAnswerCache(maxBytes: number, database: DataSource, logger: Logger): AnswerCache {
  const answers = new ByteBudgetLru<CachedAnswer>(maxBytes);
  const tracker = new AnswerVersionTracker(database, logger.child({ component: 'answer-cache' }));
  let enabled = maxBytes > 0;
  let checked: Promise<void> | undefined;
  // A table added after the AnswerVersion migration without its trigger would go unnoticed by the version: stay off.
  const checkCoverage = () => (checked ??= uncoveredTables(database).then((tables) => {
    if (tables.length === 0) return;
    enabled = false;
    logger.warn({ tables }, `The answer cache is off: writes to ${tables.join(', ')} do not advance the answer version (SELECT cover_answer_version('<table>') in a migration).`);
  }, (error) => {
    checked = undefined; // try again on the next request
    throw error;
  }));
  if (enabled) tracker.start();

  // Misses under way, by key: after an import, many people asking one question cost one answer worked out.
  const inFlight = new Map<string, Promise<void>>();
  const workOut = (key: string, res: Parameters<RequestHandler>[1]) => {
    let settle = () => {};
    const working = new Promise<void>((resolve) => (settle = resolve));
    inFlight.set(key, working);
    // Settled once the response is sent (its answer kept by then, if it can be) or the connection is gone.
    const done = () => {
      if (inFlight.get(key) === working) inFlight.delete(key);
      settle();
    };
    res.once('finish', done);
    res.once('close', done);
  };

  const serveHits: RequestHandler = async (req, res, next) => {
    const request = enabled ? cacheableRequest(req) : undefined;
    const caller = request && callerOf(res);
    if (!request || !caller || !('user' in caller)) return next();
    try {
      await checkCoverage();
      if (!enabled) return next();
      const key = answerKey(request, caller.user, await tracker.current(), today());
      if (!key) return next();
      let answer = answers.get(key.key);
      const working = answer ? undefined : inFlight.get(key.key);
      if (working) {
        await working; // the same question is being worked out: its answer, once kept, serves this one too
        answer = answers.get(key.key);
      }
      if (!answer) {
        if (!inFlight.has(key.key)) workOut(key.key, res);
        return next();
      }
      await auditCachedAnswer(database, caller.user, answer, request.query);
      res.status(200).set('content-type', JSON_TYPE).set(ANSWER_CACHE_HEADER, 'hit').end(answer.body);
    } catch {
      next(); // the database is down, say: Apollo answers as it would without a cache (an outage error, a refusal)
    }
  };

  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart({ request, contextValue }) {
      let before: { version: AnswerVersion; day: string } | undefined;
      const executed: ExecutedRootField[] = [];
      return {
        async executionDidStart({ operation }) {
          // A replica's reads may be behind the primary's version: only answers read where the version is read are kept.
          if (!enabled || operation.operation !== 'query' || contextValue.dataSource !== database || typeof request.query !== 'string') return;
          try {
            // The listener's version will do: if a commit it has not heard of came first, the read after differs and nothing is kept.
            before = { version: tracker.confirmed ? await tracker.current() : await readAnswerVersion(database), day: today() };
          } catch {
            before = undefined;
          }
          return {
            willResolveField({ info, args }) {
              if (info.path.prev === undefined) executed.push({ field: info.fieldName, responseKey: String(info.path.key), arguments: redactArguments(args) as Record<string, unknown> });
            },
          };
        },
        async willSendResponse({ operation, response, errors }) {
          if (operation?.operation === 'mutation') {
            await tracker.refresh().catch(() => undefined); // read-your-writes: this process's next hit is keyed by the new version
            return;
          }
          if (!before || errors?.length || response.body.kind !== 'single') return;
          if (executed.length === 0 || !executed.every((f) => CACHEABLE_ROOT_FIELDS.has(f.field))) return;
          const after = await readAnswerVersion(database).catch(() => undefined);
          const result = response.body.singleResult;
          if (!after || versionLabel(after) !== versionLabel(before.version) || today() !== before.day) return;
          if (result.errors?.length || !result.data || result.extensions || (response.http.status ?? 200) !== 200) return;
          const key = answerKey(request as AnswerRequest, contextValue.user, before.version, before.day);
          if (!key) return;
          // As Apollo writes a single result (runHttpQuery's orderExecutionResultFields + prettyJSONStringify).
          const body = Buffer.from(`${JSON.stringify({ data: result.data })}\n`);
          const answer: CachedAnswer = { body, executed, rows: rowsByField(result.data, executed), operationName: key.operationName };
          answers.set(key.key, answer, answerBytes(key.key, answer));
          response.http.headers.set(ANSWER_CACHE_HEADER, 'miss');
        },
      };
    },
  };

  return { serveHits, plugin, tracker, answers, close: () => tracker.stop() };
}
