// The briefing's plain-English sentences: a ward's figure in words, or, where the ward's numbers are
// too small to show, the borough's instead.
import type { MeasureUnit } from '../../graphql/generated/graphql';
import { formatFigure, formatNumber } from '../../lib/format';
import type { WardFigure } from './ward-figures';

/** "no referrals", "1 referral", "1,571 referrals". */
function counted(n: number, one: string, many: string): string {
  if (n === 0) return `no ${many}`;
  return n === 1 ? `1 ${one}` : `${formatNumber(n)} ${many}`;
}

type Phrase = (value: number) => string;

/** What each measure counts, as the clause of a sentence. */
const PHRASES: Record<string, Phrase> = {
  'gaia.referrals': (n) => `the Gaia Centre received ${counted(n, 'referral', 'referrals')}`,
  'police.operations': (n) => `the police ran ${counted(n, 'kerb-crawler operation', 'kerb-crawler operations')}`,
  'police.warning_letters': (n) => `${counted(n, 'warning letter was', 'warning letters were')} sent to suspected kerb crawlers`,
  'arrests.women_soliciting': (n) => `${counted(n, 'woman was', 'women were')} arrested for soliciting`,
  'arrests.women_drug_test_referred': (n) => `${counted(n, 'woman', 'women')} arrested for soliciting ${n === 1 ? 'was' : 'were'} referred for a drug test`,
  'arrests.women_drug_test_referral_rate': (rate) => `${formatNumber(rate)}% of women arrested for soliciting were referred for a drug test`,
  'arrests.men_buying': (n) => `${counted(n, 'man was', 'men were')} arrested for buying sex`,
  'chrysalis.move_ons': (n) => `${counted(n, 'woman', 'women')} moved on from the Chrysalis accommodation pathway`,
};

export interface StatementMeasure {
  id: string;
  label: string;
  unit: MeasureUnit;
}

function clause(measure: StatementMeasure, value: number): string {
  return PHRASES[measure.id]?.(value) ?? `${measure.label} numbered ${formatFigure(value, measure.unit)}`;
}

/** "2012/13" → "2012 to 2013". */
export function yearSpan(financialYear: string): string {
  const start = Number(financialYear.slice(0, 4));
  return Number.isNaN(start) ? financialYear : `${start} to ${start + 1}`;
}

export const TOO_SMALL = 'Numbers for this ward are too small to show.';

/**
 * One sentence (or two) about a measure in a ward: the ward's figure with the borough's beside it,
 * or the borough-level statement that stands in for a withheld figure.
 */
export function wardStatement(measure: StatementMeasure, wardName: string, ward: WardFigure, borough: number | null, financialYear: string): string {
  const span = yearSpan(financialYear);
  const acrossLambeth = borough === null ? '' : `Across Lambeth, ${clause(measure, borough)} in ${span}.`;
  switch (ward.kind) {
    case 'shown': {
      const beside = borough === null ? '' : ` (Lambeth: ${formatFigure(borough, measure.unit)})`;
      return `In ${wardName}, ${clause(measure, ward.value)} in ${span}${beside}.`;
    }
    case 'withheld':
      return [TOO_SMALL, acrossLambeth || 'The figure for Lambeth is withheld too.'].join(' ');
    case 'no-figure':
      return [`There is no figure for ${wardName} in ${span}: nobody to base it on.`, acrossLambeth].join(' ').trim();
    case 'not-shown':
      return [`The figure for ${wardName} is not shown to you.`, acrossLambeth].join(' ').trim();
    case 'not-released':
      return [`The figure for ${wardName} in ${span} is not released yet.`, acrossLambeth].join(' ').trim();
  }
}
