import type { EntityManager } from 'typeorm';
import { findMeasure, MEASURES, type MeasureDefinition } from '../measures/measure-catalogue';
import { toMeasure } from '../measures/measures.service';
import { requireMeasure } from '../measures/measure-catalogue';
import { requireFinancialYear } from '../shared/argument-validation';
import { badUserInput } from '../shared/errors';
import { DEFAULT_TOLERANCE } from './rag-status';
import type { SetTargetInput } from './set-target.input';
import { Target } from './target.entity';
import { requireNonNegative, TargetInputError } from './target-input.error';
import { quarterlyAmounts } from './target-profile';
import type { TargetView } from './target.type';
import { isLevelTarget, quarterlyProfileOf } from './target-values';

const CATALOGUE_ORDER = new Map(MEASURES.map((m, i) => [m.id, i]));

/** The targets of a financial year, in the measure catalogue's order. */
export async function listTargets(manager: EntityManager, financialYear: string): Promise<Target[]> {
  requireFinancialYear('financialYear', financialYear);
  const targets = await manager.getRepository(Target).find({ where: { financialYear } });
  return targets
    .filter((t) => findMeasure(t.measure))
    .sort((a, b) => (CATALOGUE_ORDER.get(a.measure) ?? 0) - (CATALOGUE_ORDER.get(b.measure) ?? 0));
}

export function toTargetView(target: Target): TargetView {
  const measure = findMeasure(target.measure) as MeasureDefinition;
  return {
    id: String(target.id),
    financialYear: target.financialYear,
    measure: toMeasure(measure),
    value: target.value,
    polarity: target.polarity,
    tolerance: target.tolerance,
    quarterlyProfile: quarterlyProfileOf(target, measure),
    ownerPartner: target.ownerPartner,
    note: target.note,
    illustrative: target.illustrative,
  };
}

/** The target's checked figures: value, tolerance and the profile as amounts (null for an even one). */
type CheckedFigures = Pick<Target, 'value' | 'tolerance' | 'quarterlyProfile'>;

/** The rules a target must meet, each refusal naming the input field at fault. */
function checkFigures(input: SetTargetInput, measure: MeasureDefinition): CheckedFigures {
  const value = input.value ?? null;
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  const profile = input.quarterlyProfile ?? null;
  if (input.polarity === 'NO_TARGET') {
    if (value !== null) throw badUserInput('input.value', 'an activity-only target (polarity NO_TARGET) has no value; leave value out, or choose HIGHER_IS_BETTER or LOWER_IS_BETTER');
    if (profile !== null) throw badUserInput('input.quarterlyProfile', 'an activity-only target (polarity NO_TARGET) has no quarterly profile; leave quarterlyProfile out');
  } else if (value === null) {
    throw badUserInput('input.value', `give the annual target for ${input.polarity}, or set polarity NO_TARGET for an activity-only measure`);
  }
  try {
    if (value !== null) requireNonNegative('value', value);
    if (!(tolerance >= 0 && tolerance <= 1)) {
      throw new TargetInputError('tolerance', `tolerance must be a fraction of the target to date from 0 to 1 (0.1 is 10%); got ${tolerance}.`);
    }
    if (value !== null && isLevelTarget(measure)) {
      if (value > 100) throw new TargetInputError('value', `${measure.id} is a percentage, so its target must be from 0 to 100; got ${value}.`);
      if (profile !== null) {
        throw new TargetInputError('profile', `${measure.id} is a rate, so its target is a level to hold all year, not an amount to share between quarters; leave quarterlyProfile out.`);
      }
    }
    const amounts = value !== null && profile !== null ? quarterlyAmounts(value, profile) : null;
    return { value, tolerance, quarterlyProfile: amounts };
  } catch (error) {
    if (!(error instanceof TargetInputError)) throw error;
    throw badUserInput(`input.${error.argument === 'profile' ? 'quarterlyProfile' : error.argument}`, error.message);
  }
}

/** Creates or replaces the target of a financial year and measure; an analyst's target is never illustrative. */
export async function setTarget(manager: EntityManager, input: SetTargetInput, updatedBy: string): Promise<Target> {
  requireFinancialYear('input.financialYear', input.financialYear);
  const measure = requireMeasure('input.measure', input.measure);
  const figures = checkFigures(input, measure);
  const repository = manager.getRepository(Target);
  const existing = await repository.findOne({ where: { financialYear: input.financialYear, measure: measure.id } });
  return repository.save(repository.merge(existing ?? repository.create(), {
    financialYear: input.financialYear,
    measure: measure.id,
    polarity: input.polarity,
    ...figures,
    ownerPartner: input.ownerPartner?.trim() || null,
    note: input.note?.trim() || null,
    illustrative: false,
    updatedBy,
  }));
}
