import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Queryable } from '../shared/queryable';
import { formatIssueLines } from './ward-load-report';
import { readReferenceFile } from './reference-file';
import { parseWardLookup } from './ward-lookup';
import { applyWardVintage } from './ward-vintage.service';

/**
 * The ward lookups shipped with the platform (vintages.csv: file, valid_from), loaded on every start
 * through the service an analyst's `npm run import -- --dataset wards` uses; a vintage already there
 * changes nothing. A shipped file that is refused stops the start: it is a defect, not data.
 */
export async function loadShippedWardLookups(q: Queryable, directory: string): Promise<void> {
  const manifest: { file: string; valid_from: string }[] = parse(fs.readFileSync(path.join(directory, 'vintages.csv')), { columns: true, bom: true, skip_empty_lines: true });
  for (const { file, valid_from: validFrom } of manifest) {
    const { lookup, issues } = parseWardLookup(await readReferenceFile(fs.createReadStream(path.join(directory, file))));
    const change = lookup ? await applyWardVintage(q, lookup, validFrom) : undefined;
    const problems = change?.issues ?? issues;
    if (problems.length) throw new Error(`The shipped ward lookup ${file} (from ${validFrom}) was refused:\n${formatIssueLines(problems).join('\n')}`);
  }
}
