// Names for the API key answers that the workspace's components take; generated from the .graphql files.
import type { ApiKeyListedFragment, CreateApiKeyMutation } from '../../../graphql/generated/graphql';

/** Instants arrive as ISO 8601 strings (DateTimeISO). */
export type ApiKey = ApiKeyListedFragment;

/** The whole key, shown this once, and the key as listed. */
export type CreatedApiKey = CreateApiKeyMutation['createApiKey'];
