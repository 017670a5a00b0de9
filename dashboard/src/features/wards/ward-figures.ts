// What one ward's figure is, for the map, its table and the briefing: a number, withheld ([c]),
// not shown to this person, or no figure at all (a rate with nobody to base it on).
import type { MeasureUnit } from '../../graphql/schema-types';
import { CONFIDENTIAL_MARK, formatFigure, NO_FIGURE } from '../../lib/format';
import type { Figure, KeyedFigure } from './graphql/documents';

export type WardFigure =
  | { kind: 'shown'; value: number }
  | { kind: 'withheld' }
  | { kind: 'not-shown' }
  | { kind: 'no-figure' };

export const NOT_SHOWN = 'not shown';

/** A figure from the API as one of the four kinds. */
export function figureKind({ value, suppressed }: Figure): WardFigure {
  if (suppressed) return { kind: 'withheld' };
  return value === null ? { kind: 'no-figure' } : { kind: 'shown', value };
}

/**
 * Each ward's figure from a by-ward answer. The API leaves out wards with no records, and the
 * wards a councillor may not see: a missing ward the person can see counted 0 (a rate has no
 * figure), one they cannot is "not shown".
 */
export function wardFiguresFrom(rows: readonly KeyedFigure[], unit: MeasureUnit, canSee: (code: string) => boolean): (code: string) => WardFigure {
  const byCode = new Map(rows.map((row) => [row.key[0]?.code, figureKind(row)]));
  return (code) => byCode.get(code) ?? (!canSee(code) ? { kind: 'not-shown' } : unit === 'PERCENT' ? { kind: 'no-figure' } : { kind: 'shown', value: 0 });
}

/** How a table cell or tile writes the figure: "1,571", "83%", "[c]", "not shown" or "–". */
export function formatWardFigure(figure: WardFigure, unit: MeasureUnit): string {
  switch (figure.kind) {
    case 'shown':
      return formatFigure(figure.value, unit);
    case 'withheld':
      return CONFIDENTIAL_MARK;
    case 'not-shown':
      return NOT_SHOWN;
    case 'no-figure':
      return NO_FIGURE;
  }
}

/** The value, or null when there is none to show (withheld, not shown, no figure). */
export function valueOf(figure: WardFigure): number | null {
  return figure.kind === 'shown' ? figure.value : null;
}
