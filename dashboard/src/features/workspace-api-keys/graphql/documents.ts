// Typed handles on the API key operations. The .graphql files are checked against the API schema at
// build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import apiKeys from './api-keys.graphql';
import createApiKey from './create-api-key.graphql';
import revokeApiKey from './revoke-api-key.graphql';

export type ApiKeyRole = 'funder' | 'member';

/** Instants arrive as ISO 8601 strings (DateTimeISO). */
export interface ApiKey {
  id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export const ApiKeysQuery = apiKeys as TypedDocumentNode<{ apiKeys: ApiKey[] }, Record<string, never>>;

export interface CreatedApiKey {
  key: string;
  apiKey: Pick<ApiKey, 'id' | 'name' | 'role' | 'prefix' | 'expiresAt'>;
}

export const CreateApiKeyMutation = createApiKey as TypedDocumentNode<
  { createApiKey: CreatedApiKey },
  { name: string; role: ApiKeyRole; expiresAt: string | null }
>;

export const RevokeApiKeyMutation = revokeApiKey as TypedDocumentNode<{ revokeApiKey: Pick<ApiKey, 'id' | 'revokedAt'> }, { id: string }>;
