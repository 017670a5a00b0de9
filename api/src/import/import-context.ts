import type { DataSource } from 'typeorm';
import { today as clockToday } from '../config';
import { createRefHasher } from './ref-hasher';
import type { ValidationContext, WardValidity } from './row-validator';

/** The reference data a file is checked against, read once per import. */
export async function loadValidationContext(dataSource: DataSource, hashSecret: string, today = clockToday()): Promise<ValidationContext> {
  const wardRows: { gss_code: string; name: string; valid_from: string; valid_to: string | null }[] = await dataSource.query(
    `SELECT gss_code, name, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM ward`,
  );
  const strandRows: { code: string }[] = await dataSource.query('SELECT code FROM strand ORDER BY position');
  const wards = new Map<string, WardValidity>(
    wardRows.map((w) => [w.gss_code, { name: w.name, validFrom: w.valid_from, validTo: w.valid_to }]),
  );
  return { wards, strands: strandRows.map((s) => s.code), today, hash: createRefHasher(hashSecret) };
}
