// Writes to stdout, as JSON, the files `npm run codegen` would write, without writing them: the test
// src/graphql/generated/generated.test.ts compares them with the committed ones. A separate process,
// as the codegen CLI is an ES module that jest's CommonJS runtime cannot load.
import { generate, loadContext } from '@graphql-codegen/cli';

const context = await loadContext('codegen.ts');
context.updateConfig({ silent: true });
const outputs = await generate(context, false);
process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
