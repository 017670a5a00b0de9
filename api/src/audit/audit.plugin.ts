import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { countFigureRows, redactArguments } from './audit-entry';
import { auditOperation, type ExecutedRootField } from './operation-audit';

/**
 * Writes the audit log after each response: the root fields that actually ran, with the arguments
 * graphql-js gave their resolvers, never the document's look (a root fragment, inline arguments or
 * variables it never uses cannot disguise a request). The log is append-only in the database (the
 * application's role may insert and read, never update or delete).
 */
export function auditPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const executed: ExecutedRootField[] = [];
      return {
        async executionDidStart() {
          return {
            willResolveField({ info, args }) {
              // Redacted now: the log keeps lengths, not texts, and nothing a resolver might do to its args later.
              if (info.path.prev === undefined) executed.push({ field: info.fieldName, responseKey: String(info.path.key), arguments: redactArguments(args) as Record<string, unknown> });
            },
          };
        },
        async willSendResponse({ contextValue, operation, operationName, source, response, errors }) {
          const user = contextValue?.user;
          if (!user) return;
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          await auditOperation(dataSource, user, {
            type: operation?.operation,
            name: operationName,
            executed,
            rowsSent: (responseKey) => countFigureRows(data?.[responseKey]),
            errors: (errors ?? []).map((e) => ({ code: String(e.extensions?.code ?? 'ERROR'), responseKey: e.path?.[0] })),
            source,
          });
        },
      };
    },
  };
}
