import fs from 'node:fs';

/** What the reliability tests count, summed over the run by the summary reporter. */
export interface Tally {
  faultsSurvived?: number;
  faults?: string[];
  fuzzCases?: number;
  fuzzKinds?: string[];
  rowsLost?: number;
  serverErrors?: number;
  soak?: { seconds: number; connections: number; requests: number; errors: number; rssStartMb: number; rssEndMb: number; p50Ms: number; p99Ms: number };
}

/** Appends one line to the run's tally file (set by the reliability global setup). */
export function tally(entry: Tally): void {
  const file = process.env.RELIABILITY_TALLY_FILE;
  if (file) fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);
}
