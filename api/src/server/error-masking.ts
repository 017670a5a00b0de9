import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../shared/database-unavailable';
import { ImportInterruptedError } from '../import/importer.service';
import type { Logger } from '../observability/logger';
import { currentRequestId } from '../observability/request-context';
import { hideTokenLimit } from './query-limits';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** What a client is told while the database is away; the request id finds the detail in the logs. */
export function databaseUnavailableMessage(requestId = currentRequestId()): string {
  return `The database is not answering at the moment; try again in a minute (request id ${requestId}).`;
}

/** For the context function: a database outage while checking an API key is a 503, not a 500. */
export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(databaseUnavailableMessage(), { extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } } });
}

/**
 * Apollo's formatError. Errors the code raised on purpose (BAD_USER_INPUT, FORBIDDEN,
 * UNAUTHENTICATED, validation...) go out as they are; a database outage becomes SERVICE_UNAVAILABLE;
 * anything else is a bug, and the client gets only "Something went wrong" and the request id,
 * never a stack trace, SQL or a driver's message, which go to the log.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { extensions, ...rest } = formatted;
    const code = extensions?.code;
    const original = unwrapResolverError(error);
    const requestId = currentRequestId();
    const where = { ...(rest.path ? { path: rest.path } : {}), ...(rest.locations ? { locations: rest.locations } : {}) };
    if (code === SERVICE_UNAVAILABLE) return formatted;
    if (isDatabaseUnavailable(original)) {
      logger.warn({ reqId: requestId, err: original, path: rest.path }, 'the database is unavailable');
      const message = original instanceof ImportInterruptedError ? `The import failed: ${original.message} (request id ${requestId})` : databaseUnavailableMessage(requestId);
      return { message, ...where, extensions: { code: SERVICE_UNAVAILABLE, requestId } };
    }
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, exception: _exception, ...safe } = extensions ?? {};
      return { ...rest, message: hideTokenLimit(rest.message), extensions: safe };
    }
    logger.error({ reqId: requestId, err: original, path: rest.path }, 'unexpected error answering a GraphQL request');
    return { message: `Something went wrong; the request id is ${requestId}.`, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
}

/** A response whose only errors are a database outage is a 503, so monitors and balancers see it. */
export const outageStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        const outage = errors?.length && errors.every((e) => e.extensions?.code === SERVICE_UNAVAILABLE);
        const noData = !data || Object.values(data).every((v) => v === null);
        if (outage && noData) response.http.status = 503;
      },
    };
  },
};

/**
 * Wraps a plugin that must write before a response may go (the audit log): if the database is
 * away when it writes, the client gets the outage error and a 503 instead of the data (an
 * unaudited answer must not leave), rather than Apollo's bare 500.
 */
export function refuseWhenUnrecorded<TContext extends BaseContext>(plugin: ApolloServerPlugin<TContext>, logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(requestContext) {
      const listener = await plugin.requestDidStart?.(requestContext);
      const send = listener?.willSendResponse;
      if (!listener || !send) return listener;
      return {
        ...listener,
        async willSendResponse(context) {
          try {
            await send(context);
          } catch (error) {
            if (!isDatabaseUnavailable(error) || context.response.body.kind !== 'single') throw error;
            const requestId = currentRequestId();
            logger.warn({ reqId: requestId, err: error }, 'the database is unavailable: the answer was withheld because it could not be recorded');
            context.response.body.singleResult.data = undefined;
            context.response.body.singleResult.errors = [{ message: databaseUnavailableMessage(requestId), extensions: { code: SERVICE_UNAVAILABLE, requestId } }];
            context.response.http.status = 503;
          }
        },
      };
    },
  };
}
