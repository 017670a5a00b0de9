import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from './request-context';
import { observeGraphqlRequest } from './metrics';

/**
 * Times every GraphQL request by operation name and counts the error codes clients receive (after
 * masking), and names the operation in the request's log line. Variables are never read.
 */
export const graphqlTelemetryPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ request, operationName, response }) {
        const name = operationName ?? request.operationName ?? null;
        const info = currentRequest();
        if (info && name) info.operation = name.slice(0, 64);
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        observeGraphqlRequest(name, Number(process.hrtime.bigint() - started) / 1e9, codes);
      },
    };
  },
};
