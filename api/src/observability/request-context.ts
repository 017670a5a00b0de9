import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from './logger';
import { observeHttpRequest } from './metrics';

/** What the code handling one request can find out about it wherever it runs (error masking, logs). */
export interface RequestInfo {
  id: string;
  /** Set once the GraphQL operation is known, for the request's log line. */
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestInfo>();

/** A caller's own id is kept (to follow a request across services) only if it is short and plain. */
const ACCEPTED_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function currentRequest(): RequestInfo | undefined {
  return storage.getStore();
}

export function currentRequestId(): string {
  return storage.getStore()?.id ?? 'none';
}

/**
 * Gives every request an id (the caller's x-request-id, or a new one), echoes it in the response,
 * and writes one log line when the response is sent: method, path, status, time, operation. Never
 * headers, query strings, variables or bodies.
 */
export function requestTracking(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const info: RequestInfo = { id: typeof incoming === 'string' && ACCEPTED_ID.test(incoming) ? incoming : crypto.randomUUID() };
    res.setHeader('x-request-id', info.id);
    res.locals.request = info;
    const started = process.hrtime.bigint();
    const path = req.path.slice(0, 200);
    let logged = false;
    const log = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      observeHttpRequest(path, res.statusCode, seconds);
      const line = { reqId: info.id, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1000), ...(info.operation ? { operation: info.operation } : {}) };
      if (aborted) logger.info(line, 'request aborted by the client');
      else if (res.statusCode >= 500) logger.warn(line, 'request failed');
      else logger.info(line, 'request');
    };
    res.once('finish', () => log(false));
    res.once('close', () => log(!res.writableFinished));
    storage.run(info, next);
  };
}

/** Re-enters the request's context: body parsers resume from stream events, outside it. */
export const resumeRequestContext: RequestHandler = (_req, res, next) => {
  const info = res.locals.request as RequestInfo | undefined;
  if (info) storage.run(info, next);
  else next();
};
