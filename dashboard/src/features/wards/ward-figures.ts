// What one ward's figure is, for the map, its table and the briefing: a number, withheld ([c]),
// not shown to this person, or no figure at all (a rate with nobody to base it on).
import type { MeasureUnit } from '../../graphql/generated/graphql';
import { CONFIDENTIAL_MARK, formatFigure, NO_FIGURE } from '../../lib/format';
import type { Figure, KeyedFigure } from './graphql/types';

export type WardFigure =
  | { kind: 'shown'; value: number }
  | { kind: 'withheld' }
  | { kind: 'not-shown' }
  | { kind: 'no-figure' }
  | { kind: 'not-released' };

export const NOT_SHOWN = 'not shown';
export const NOT_RELEASED = 'not released yet';

/** A figure from the API as one of the four kinds. */
export function figureKind({ value, suppressed }: Figure): WardFigure {
  if (suppressed) return { kind: 'withheld' };
  return value === null ? { kind: 'no-figure' } : { kind: 'shown', value };
}

/**
 * Each ward's figure from a by-ward answer. The API leaves out wards with no records: a missing ward
 * counted 0 (a rate has no figure). Funders and councillors read counts of people from disclosure
 * releases, which leave out whatever is not released yet (`unreleased`: the year runs past the latest
 * release): a missing ward is then "not released yet", never 0. The wards a councillor may not see are "not shown".
 */
export function wardFiguresFrom(rows: readonly KeyedFigure[], unit: MeasureUnit, canSee: (code: string) => boolean, unreleased = false): (code: string) => WardFigure {
  const byCode = new Map(rows.map((row) => [row.key[0]?.code, figureKind(row)]));
  const missing = (): WardFigure => (unreleased ? { kind: 'not-released' } : unit === 'PERCENT' ? { kind: 'no-figure' } : { kind: 'shown', value: 0 });
  return (code) => byCode.get(code) ?? (!canSee(code) ? { kind: 'not-shown' } : missing());
}

/** Whether a year's answer runs past the latest release it was read from (releasedThrough "2026-09"; null: live figures). */
export function runsPastRelease(releasedThrough: string | null, yearEnd: string): boolean {
  return releasedThrough !== null && yearEnd.slice(0, 7) > releasedThrough;
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
    case 'not-released':
      return NOT_RELEASED;
  }
}

/** The value, or null when there is none to show (withheld, not shown, no figure). */
export function valueOf(figure: WardFigure): number | null {
  return figure.kind === 'shown' ? figure.value : null;
}
