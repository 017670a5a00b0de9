import type { TypedDocumentNode } from '@apollo/client';
import checkToken from './check-token.graphql';

export interface CheckTokenData {
  measures: { id: string }[];
}

export const CheckTokenQuery = checkToken as TypedDocumentNode<CheckTokenData, Record<string, never>>;
