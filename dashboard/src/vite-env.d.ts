/// <reference types="vite/client" />

// .graphql files are compiled to parsed documents at build time (see build/graphql-documents.ts).
declare module '*.graphql' {
  import type { DocumentNode } from 'graphql';
  const document: DocumentNode;
  export default document;
}
