/**
 * The addresses the API serves to the dashboard's pages. In production both come from one origin; in
 * development (vite.config.ts) Vite forwards these to the API so the app still uses one origin.
 */
export const API_PATHS = ['/graphql', '/auth', '/imports', '/downloads'] as const;
