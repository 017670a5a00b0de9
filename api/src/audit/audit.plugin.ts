import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../server/context';
import { countFigureRows, mustAudit } from './audit-entry';
import { recordAudit } from './audit-log.service';

/**
 * Writes the audit log after each response. The log is append-only in the database (the
 * application's role may insert and read, never update or delete).
 */
export function auditPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName, request, response, errors }) {
          const user = contextValue?.user;
          if (!user || !mustAudit(user, operation?.operation)) return;
          const fields = operation?.selectionSet.selections.map((s) => ('name' in s && s.name ? s.name.value : '?')).join(',') ?? '?';
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'ERROR'));
          await recordAudit(
            dataSource, user, `${operation?.operation ?? 'unknown'} ${operationName ?? ''} ${fields}`.replace(/\s+/g, ' ').trim(),
            request.variables, countFigureRows(data), codes.length ? `error: ${[...new Set(codes)].join(', ')}` : 'ok',
          );
        },
      };
    },
  };
}
