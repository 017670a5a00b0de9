import type { EntityManager } from 'typeorm';
import { requireMeasure } from '../measures/measure-catalogue';
import { checkedDate } from '../shared/argument-validation';
import { MEASURES } from '../measures/measure-catalogue';
import { badUserInput } from '../shared/errors';
import { SeriesBreak } from './series-break.entity';

export const MAX_REASON_LENGTH = 200;

/** A measure's recorded breaks, earliest first. */
export function breaksOf(manager: EntityManager, measure: string): Promise<SeriesBreak[]> {
  return manager.getRepository(SeriesBreak).find({ where: { measure }, order: { startsOn: 'ASC' } });
}

/** Every measure's recorded breaks, earliest first, in one query. */
export async function breaksByMeasure(manager: EntityManager): Promise<Map<string, SeriesBreak[]>> {
  const byMeasure = new Map<string, SeriesBreak[]>();
  for (const found of await manager.getRepository(SeriesBreak).find({ order: { startsOn: 'ASC' } })) {
    byMeasure.set(found.measure, [...(byMeasure.get(found.measure) ?? []), found]);
  }
  return byMeasure;
}

interface SeriesBreakFields {
  measure: string;
  startsOn: string;
  reason: string;
}

/** A break's fields, checked: a known measure, a real date, a reason, and no other break of the measure on that day. */
async function checkedBreak(manager: EntityManager, input: SeriesBreakFields, except?: number): Promise<SeriesBreakFields> {
  const measure = requireMeasure('measure', input.measure);
  const startsOn = checkedDate('startsOn', input.startsOn);
  const reason = input.reason.trim();
  if (!reason) throw badUserInput('reason', 'must say why the series breaks, e.g. "New recording system"; got an empty reason');
  if (reason.length > MAX_REASON_LENGTH) throw badUserInput('reason', `must be at most ${MAX_REASON_LENGTH} characters; got ${reason.length}`);
  const same = await manager.getRepository(SeriesBreak).findOneBy({ measure: measure.id, startsOn });
  if (same && same.id !== except) throw badUserInput('startsOn', `${measure.id} already has a break starting on ${startsOn}`);
  return { measure: measure.id, startsOn, reason };
}

/** Every recorded break, or one measure's, by measure in the catalogue's order, then earliest first. */
export async function listSeriesBreaks(manager: EntityManager, measure?: string | null): Promise<SeriesBreak[]> {
  const where = measure != null ? { measure: requireMeasure('measure', measure).id } : {};
  const order = new Map(MEASURES.map((m, i) => [m.id, i]));
  const found = await manager.getRepository(SeriesBreak).find({ where, order: { startsOn: 'ASC', id: 'ASC' } });
  return found.sort((a, b) => (order.get(a.measure) ?? order.size) - (order.get(b.measure) ?? order.size));
}

export async function addSeriesBreak(manager: EntityManager, input: SeriesBreakFields, createdBy: string): Promise<SeriesBreak> {
  const repository = manager.getRepository(SeriesBreak);
  return repository.save(repository.create({ ...(await checkedBreak(manager, input)), createdBy }));
}

/** A break id argument: the recorded break, or a refusal naming the argument. */
async function requireBreak(manager: EntityManager, id: string): Promise<SeriesBreak> {
  const found = /^\d{1,9}$/.test(id) ? await manager.getRepository(SeriesBreak).findOneBy({ id: Number(id) }) : null;
  if (!found) throw badUserInput('id', `no series break has id "${id}"`);
  return found;
}

/** Replaces a break's measure, date and reason; who recorded it first is kept. */
export async function updateSeriesBreak(manager: EntityManager, id: string, input: SeriesBreakFields): Promise<SeriesBreak> {
  const existing = await requireBreak(manager, id);
  return manager.getRepository(SeriesBreak).save({ ...existing, ...(await checkedBreak(manager, input, existing.id)) });
}

/** Deletes a break (SPC joins the segments either side again); returns it as it was. */
export async function removeSeriesBreak(manager: EntityManager, id: string): Promise<SeriesBreak> {
  const existing = await requireBreak(manager, id);
  await manager.getRepository(SeriesBreak).delete(existing.id);
  return existing;
}
