import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { countFigureRows, documentHash, mustAudit, outcomeOf, redactArguments, type AuditedField } from './audit-entry';
import { recordAudit } from './audit-log.service';

/** A root field as graphql-js ran it. */
interface ExecutedRootField {
  field: string;
  responseKey: string;
  arguments: Record<string, unknown>;
}

const codesOf = (errors: readonly GraphQLError[]) => errors.map((e) => String(e.extensions?.code ?? 'ERROR'));

/** What one root field ran with and sent: rows are counted in the response, so only what went out counts. */
function auditedField({ field, responseKey, arguments: args }: ExecutedRootField, data: Record<string, unknown> | null | undefined, errors: readonly GraphQLError[]): AuditedField {
  return {
    field,
    alias: responseKey === field ? null : responseKey,
    arguments: args,
    rowsReturned: countFigureRows(data?.[responseKey]),
    outcome: outcomeOf(codesOf(errors.filter((e) => e.path?.[0] === responseKey))),
  };
}

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
          if (!user || !mustAudit(user, operation?.operation)) return;
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          const fields = executed.map((f) => auditedField(f, data, errors ?? []));
          const names = [...new Set(fields.map((f) => f.field))].join(',');
          await recordAudit(
            dataSource, user, `${operation?.operation ?? 'unknown'} ${operationName ?? ''} ${names}`.replace(/\s+/g, ' ').trim(),
            Object.fromEntries(executed.map((f) => [f.responseKey, f.arguments])),
            fields.reduce((sum, f) => sum + (f.rowsReturned ?? 0), 0),
            outcomeOf(codesOf(errors ?? [])),
            { fields, documentHash: source === undefined ? null : documentHash(source) },
          );
        },
      };
    },
  };
}
