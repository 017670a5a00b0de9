import type { MeasureUnit } from '../measures/measure-catalogue';
import type { RagStatus } from './rag-status';
import { formatChangeOnLastYear } from './target-progress';

export interface TargetStatusFacts {
  label: string;
  unit: MeasureUnit;
  financialYear: string;
  quarter: number;
  actualToDate: number;
  targetToDate: number | null;
  percentOfTarget: number | null;
  tolerance: number;
  rag: RagStatus;
  /** For AMBER: whether the actual is within the tolerance (else it is amber for beating last year). */
  withinTolerance: boolean;
  samePeriodLastYear: number | null;
  changeOnLastYear: number | null;
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function amount(value: number, unit: MeasureUnit): string {
  return unit === 'PERCENT' ? `${NUMBER.format(value)}%` : NUMBER.format(value);
}

function ragInWords(facts: TargetStatusFacts): string {
  const tolerance = `${WHOLE.format(facts.tolerance * 100)}% tolerance`;
  switch (facts.rag) {
    case 'GREEN':
      return 'green: on or ahead of profile';
    case 'AMBER':
      return facts.withinTolerance ? `amber: behind profile, within the ${tolerance}` : 'amber: behind profile, but better than the same period last year';
    case 'RED':
      return `red: behind profile by more than the ${tolerance}, and no better than the same period last year`;
    case 'NONE':
      return '';
  }
}

function comparisonInWords(facts: TargetStatusFacts): string {
  if (facts.samePeriodLastYear === null) return 'no records for the same period last year to compare with';
  const last = amount(facts.samePeriodLastYear, facts.unit);
  if (facts.changeOnLastYear === null) return `${last} in the same period last year`;
  return `${formatChangeOnLastYear(facts.changeOnLastYear)} on the same period last year (${last})`;
}

/**
 * One sentence for the quarterly review, e.g. "Kerb-crawler operations: 22 in 2012/13 to the end
 * of Q4 against a target to date of 20 (110%), green: on or ahead of profile; +83% on the same
 * period last year (12)."
 */
export function targetStatusSummary(facts: TargetStatusFacts): string {
  const actual = `${facts.label}: ${amount(facts.actualToDate, facts.unit)} in ${facts.financialYear} to the end of Q${facts.quarter}`;
  const target = facts.targetToDate === null
    ? ' (activity only: no target)'
    : ` against a target to date of ${amount(facts.targetToDate, facts.unit)}${facts.percentOfTarget === null ? '' : ` (${WHOLE.format(facts.percentOfTarget)}%)`}, ${ragInWords(facts)}`;
  return `${actual}${target}; ${comparisonInWords(facts)}.`;
}
