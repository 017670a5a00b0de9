import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import globalSetup from '../global-setup';

/** The shared PostgreSQL, and a fresh tally file that the tests append to and the reporter sums. */
export default async function reliabilityGlobalSetup(): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-reliability-')), 'tally.jsonl');
  fs.writeFileSync(file, '');
  process.env.RELIABILITY_TALLY_FILE = file;
  await globalSetup();
}
