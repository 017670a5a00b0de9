import type { EntityManager } from 'typeorm';
import { checkedDate, requireMeasure } from '../review/review-arguments';
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

export async function addSeriesBreak(manager: EntityManager, input: { measure: string; startsOn: string; reason: string }, createdBy: string): Promise<SeriesBreak> {
  const measure = requireMeasure('measure', input.measure);
  const startsOn = checkedDate('startsOn', input.startsOn);
  const reason = input.reason.trim();
  if (!reason) throw badUserInput('reason', 'must say why the series breaks, e.g. "New recording system"; got an empty reason');
  if (reason.length > MAX_REASON_LENGTH) throw badUserInput('reason', `must be at most ${MAX_REASON_LENGTH} characters; got ${reason.length}`);
  const repository = manager.getRepository(SeriesBreak);
  if (await repository.existsBy({ measure: measure.id, startsOn })) {
    throw badUserInput('startsOn', `${measure.id} already has a break starting on ${startsOn}`);
  }
  return repository.save(repository.create({ measure: measure.id, startsOn, reason, createdBy }));
}
