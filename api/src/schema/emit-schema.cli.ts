import { SCHEMA_FILE, writeSchemaFile } from './emit-schema';

writeSchemaFile().then(
  () => console.log(`Wrote ${SCHEMA_FILE}`),
  (error: Error) => {
    console.error(`Could not write the schema: ${error.message}`);
    process.exit(1);
  },
);
