import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embeddedPostgres?: { stop(): Promise<void>; directory: string } }).__embeddedPostgres;
  if (!embedded) return;
  await embedded.stop();
  fs.rmSync(embedded.directory, { recursive: true, force: true });
}
