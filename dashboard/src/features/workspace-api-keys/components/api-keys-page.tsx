import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { paths } from '../../../app/paths';
import { SavedMessage } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { ApiKeysDocument } from '../../../graphql/generated/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { CreatedApiKey } from '../graphql/types';
import { ApiKeysTable } from './api-keys-table';
import { CreateKeyForm } from './create-key-form';
import { NewKey } from './new-key';
import { Section } from '../../../components/govuk/section';
import '../../../components/govuk/select.css';
import '../api-keys.css';

/** /workspace/api-keys — issue keys to funders' scripts, see when each was last used, revoke them. */
export function ApiKeysPage() {
  useDocumentTitle('API keys');
  // Asked again on each visit: last use changes whenever a key is used.
  const { data, loading, error } = useQuery(ApiKeysDocument, { fetchPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<CreatedApiKey>();
  const [revoked, setRevoked] = useState<string | null>(null);
  const keys = data?.apiKeys ?? [];

  return (
    <>
      <span className="app-caption-l">Workspace</span>
      <h1 className="app-heading-xl">API keys</h1>
      <p className="app-body-l">
        A key lets a funder’s script or spreadsheet read figures without signing in. It is checked on every request like a sign-in,
        sees only what its role may, and every request a funder’s key makes is recorded in the{' '}
        <a className="app-link" href={paths.workspaceAudit}>
          audit log
        </a>
        .
      </p>

      {created ? (
        <>
          <NewKey created={created} />
          <button type="button" className="app-button app-button--secondary" onClick={() => setCreated(undefined)}>
            I have stored the key: issue another
          </button>
        </>
      ) : (
        <CreateKeyForm
          onCreated={(key) => {
            setRevoked(null);
            setCreated(key);
          }}
        />
      )}

      <Section id="keys" heading="Keys issued">
        <SavedMessage>{revoked}</SavedMessage>
        {error ? (
          <ProblemMessage title="The keys could not be loaded" error={error} />
        ) : loading && !data ? (
          <p className="app-body" role="status">
            Loading the keys…
          </p>
        ) : keys.length === 0 ? (
          <p className="app-body">No API keys have been issued yet. A key you issue above is listed here, with when it was last used.</p>
        ) : (
          <ApiKeysTable keys={keys} onRevoked={setRevoked} />
        )}
      </Section>
    </>
  );
}
