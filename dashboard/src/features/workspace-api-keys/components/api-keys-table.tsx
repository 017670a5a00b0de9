import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { paths } from '../../../app/paths';
import { ConfirmRemoval } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { Tag, type TagColour } from '../../../components/govuk/tag';
import { ApiKeysDocument, RevokeApiKeyDocument } from '../../../graphql/generated/graphql';
import { formatDateTime } from '../../../lib/format';
import type { ApiKey } from '../graphql/types';
import { keyStatus, keySubject, type KeyStatus } from '../key-status';
import { DataTable } from '../../../components/data-table';

const STATUS: Record<KeyStatus, { text: string; colour: TagColour }> = {
  live: { text: 'Live', colour: 'green' },
  expired: { text: 'Expired', colour: 'grey' },
  revoked: { text: 'Revoked', colour: 'red' },
};

function auditAddress(id: string): string {
  return `${paths.workspaceAudit}?${new URLSearchParams({ subject: keySubject(id) })}`;
}

function RevokeKey({ apiKey, onRevoked }: { apiKey: ApiKey; onRevoked: (message: string) => void }) {
  const [revoke, { loading, error }] = useMutation(RevokeApiKeyDocument, { refetchQueries: [ApiKeysDocument], awaitRefetchQueries: true });
  return (
    <>
      <ConfirmRemoval
        what={`the key for ${apiKey.name}`}
        buttonText="Revoke"
        confirmText="Yes, revoke it"
        question={`Revoke the key for ${apiKey.name} (vik_${apiKey.prefix}_…)? Every request with it is refused from now on. This cannot be undone.`}
        busy={loading}
        onConfirm={async () => {
          try {
            await revoke({ variables: { id: apiKey.id } });
            onRevoked(`The key for ${apiKey.name} (vik_${apiKey.prefix}_…) is revoked: requests with it are refused.`);
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      />
      {error && <ProblemMessage title="The key could not be revoked" error={error} />}
    </>
  );
}

/** Every key with its role, when it was made and last used, when it expires and whether it still works; live keys can be revoked. */
export function ApiKeysTable({ keys, onRevoked }: { keys: readonly ApiKey[]; onRevoked: (message: string) => void }) {
  const [now] = useState(() => new Date());
  const newestFirst = [...keys].reverse();
  return (
    <DataTable
      caption={<>API keys ({keys.length}), newest first</>}
      headings={['For', 'Role', 'Key begins', 'Issued', 'Last used', 'Expires', 'Status', { text: 'Actions', hidden: true }]}
      className="app-table--compact app-api-keys-table"
      region="API keys, scrollable"
    >
      {newestFirst.map((apiKey) => {
        const status = keyStatus(apiKey, now);
        return (
          <tr key={apiKey.id}>
            <th scope="row">{apiKey.name}</th>
            <td>{apiKey.role}</td>
            <td className="app-key-prefix">vik_{apiKey.prefix}_…</td>
            <td>
              {formatDateTime(apiKey.createdAt)}
              <span className="app-table__note">by {apiKey.createdBy}</span>
            </td>
            <td>
              {apiKey.lastUsedAt ? (
                <>
                  {formatDateTime(apiKey.lastUsedAt)}
                  <a className="app-link app-table__note" href={auditAddress(apiKey.id)}>
                    Its requests in the audit log
                  </a>
                </>
              ) : (
                'Never'
              )}
            </td>
            <td>{apiKey.expiresAt ? formatDateTime(apiKey.expiresAt) : 'Never (until revoked)'}</td>
            <td>
              <Tag colour={STATUS[status].colour}>{STATUS[status].text}</Tag>
              {apiKey.revokedAt && <span className="app-table__note">{formatDateTime(apiKey.revokedAt)}</span>}
            </td>
            <td>{status === 'live' && <RevokeKey apiKey={apiKey} onRevoked={onRevoked} />}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
