/// <reference types="vite/client" />

// The app's operations are imported as typed documents from src/graphql/generated/graphql.ts (npm run codegen),
// not from the .graphql files: a .graphql import has no type, so tsc refuses one.
