import { listInWords } from '../../lib/format';

export interface SummaryPoint {
  label: string;
  value: number | null;
}

export interface HighestSummaryOptions {
  /** What is counted, e.g. "Gaia Centre referrals". */
  subject: string;
  /** Whether the subject reads as plural ("referrals were") or singular ("rate was"). */
  plural: boolean;
  points: readonly SummaryPoint[];
  format: (value: number) => string;
  /** What one point is, e.g. "quarter". */
  periodNoun: string;
}

/** One plain-English sentence naming the highest point: "Gaia Centre referrals were highest in 2012/13 Q3 (432)." */
export function summariseHighest({ subject, plural, points, format, periodNoun }: HighestSummaryOptions): string {
  const verb = plural ? 'were' : 'was';
  const known = points.filter((point): point is { label: string; value: number } => point.value !== null);
  const withheld = points.length - known.length;

  if (points.length === 0) return `There are no figures for ${subject} in this period.`;
  if (known.length === 0) return `Every figure for ${subject} is withheld to protect individuals.`;

  const note = withheld === 0 ? '' : ` ${withheld === 1 ? `One ${periodNoun}’s figure is` : `${withheld} ${periodNoun}s’ figures are`} withheld to protect individuals.`;
  const highest = Math.max(...known.map((point) => point.value));
  const peaks = known.filter((point) => point.value === highest).map((point) => point.label);

  if (peaks.length === known.length && known.length > 1) {
    return `${subject} ${verb} ${format(highest)} in every ${periodNoun} shown.${note}`;
  }
  return `${subject} ${verb} highest in ${listInWords(peaks)} (${format(highest)}).${note}`;
}
