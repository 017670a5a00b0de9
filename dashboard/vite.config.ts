import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.ts';
import { API_PATHS } from './src/app/api-paths.ts';

// The API serves /graphql, /auth, /imports (uploads) and /downloads; in development Vite forwards them so the app uses one origin, as in production.
const API_ORIGIN = 'http://localhost:4000';
const apiProxy = Object.fromEntries(API_PATHS.map((prefix) => [prefix, API_ORIGIN]));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    graphqlDocuments({ schemaFile: fileURLToPath(new URL('../schema/schema.graphql', import.meta.url)) }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's "use no memo" directives are hints for the React Compiler, which this build does not run.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
