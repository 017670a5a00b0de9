import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Config } from '../config';
import { isDatabaseUnavailable } from '../shared/database-unavailable';
import { describeBytes } from '../csv/import-limits';
import type { Logger } from '../observability/logger';
import { currentRequestId } from '../observability/request-context';
import { databaseUnavailableMessage } from './error-masking';

/** Express 5 leaves req.body unset when the content type is not JSON; Apollo then answers with its CSRF or 400 refusal, not a 500. */
export const bodyAlwaysSet: RequestHandler = (req, _res, next) => {
  req.body ??= {};
  next();
};

/** The last word on anything that escaped a route: JSON, the right 4xx, and never a stack trace. */
export function jsonErrors(logger: Logger, config: Config): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    let status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const requestId = currentRequestId();
    let body: { message: string; code: string };
    if (isDatabaseUnavailable(error)) {
      logger.warn({ reqId: requestId, err: error }, 'the database is unavailable');
      status = 503;
      body = { code: 'SERVICE_UNAVAILABLE', message: databaseUnavailableMessage(requestId) };
    } else if (error?.type === 'entity.too.large') {
      body = {
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than this server accepts (${describeBytes(config.graphqlMaxBodyBytes)}, or for analysts' imports twice the ${describeBytes(config.importLimits.maxBytes)} file limit).`,
      };
    } else if (error?.type === 'entity.parse.failed') {
      body = { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
    } else if (status < 500) {
      body = { code: 'BAD_REQUEST', message: 'The request could not be read.' };
    } else {
      logger.error({ reqId: requestId, err: error }, 'unexpected error answering an HTTP request');
      body = { code: 'INTERNAL_SERVER_ERROR', message: `Something went wrong; the request id is ${requestId}.` };
    }
    if (res.headersSent) return;
    res.status(status).json({ errors: [{ message: body.message, extensions: { code: body.code, requestId } }] });
  };
}
