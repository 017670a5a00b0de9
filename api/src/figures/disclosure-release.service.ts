import type { DataSource } from 'typeorm';
import { DATASET_NAMES } from '../datasets/dataset-catalogue';
import type { FigureQuery } from './figure-query';
import { rollupTable } from './rollups';
import { today } from '../config';
import { addDays, addMonths } from '../shared/dates';
import { badUserInput } from '../shared/errors';
import type { Queryable } from '../shared/queryable';

/** A frozen set of months that funders and councillors read (docs/disclosure.md). */
export interface DisclosureRelease {
  id: number;
  /** The last month released, 'YYYY-MM'. */
  throughMonth: string;
  publishedAt: Date;
  publishedBy: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Every release, oldest first, as the caller's snapshot sees them. */
export async function disclosureReleases(database: Queryable): Promise<DisclosureRelease[]> {
  return database.query(
    `SELECT id, to_char(through_month, 'YYYY-MM') AS "throughMonth", published_at AS "publishedAt", published_by AS "publishedBy"
     FROM disclosure_release ORDER BY through_month`,
  );
}

/**
 * Freezes every month up to `throughMonth` not frozen yet: from now on funders and councillors see
 * those months as they are now, whatever is imported later. Only whole months that have ended.
 */
export async function publishDisclosureRelease(database: Queryable, throughMonth: string, publishedBy: string): Promise<DisclosureRelease> {
  if (!MONTH.test(throughMonth)) throw badUserInput('throughMonth', `must be a month written YYYY-MM; got "${throughMonth}"`);
  const lastDay = addDays(addMonths(`${throughMonth}-01`, 1), -1);
  if (lastDay >= today()) throw badUserInput('throughMonth', `${throughMonth} has not ended yet; only whole months can be released`);
  const [latest] = (await disclosureReleases(database)).slice(-1);
  if (latest && latest.throughMonth >= throughMonth) {
    throw badUserInput('throughMonth', `months up to ${latest.throughMonth} are already released; a release adds later months only (released figures never change)`);
  }
  const [{ id }] = await database.query('SELECT publish_disclosure_release($1::date, $2) AS id', [`${throughMonth}-01`, publishedBy]);
  const release = (await disclosureReleases(database)).find((r) => r.id === id);
  if (!release) throw new Error(`release ${id} was made but cannot be read back`);
  return release;
}

/** The last month holding any record ('YYYY-MM'), or undefined when there are none. */
export async function lastMonthWithRecords(database: Queryable): Promise<string | undefined> {
  const maxima = DATASET_NAMES.map((dataset) => `(SELECT max(month) FROM ${rollupTable(dataset)})`).join(', ');
  const [{ month }] = await database.query(`SELECT to_char(greatest(${maxima}), 'YYYY-MM') AS month`);
  return month ?? undefined;
}

/**
 * Releases every month up to the last one with records, as the analyst `publishedBy` would (for
 * the demo data, and for tests that stand in for an analyst). Nothing when nothing is new.
 */
export async function releaseEverything(dataSource: Pick<DataSource, 'transaction'>, publishedBy: string): Promise<DisclosureRelease | undefined> {
  return dataSource.transaction(async (manager) => {
    const through = await lastMonthWithRecords(manager);
    const [latest] = (await disclosureReleases(manager)).slice(-1);
    if (!through || (latest && latest.throughMonth >= through)) return undefined;
    await manager.query(`SELECT set_config('vawg.role', 'analyst', true)`);
    return publishDisclosureRelease(manager, through, publishedBy);
  });
}

/**
 * The part of a query that the release covers: its period up to the release's last month, or
 * undefined when none of it is released yet.
 */
export function releasedPart(query: FigureQuery, release: DisclosureRelease | undefined): FigureQuery | undefined {
  if (!release) return undefined;
  const lastDay = addDays(addMonths(`${release.throughMonth}-01`, 1), -1);
  if (query.from > lastDay) return undefined;
  return query.to > lastDay ? { ...query, to: lastDay } : query;
}
