import type { DataSource } from 'typeorm';
import { today as clockToday } from '../config';
import { resolveFigureQuery } from '../figures/figure-query';
import { computeFigures } from '../figures/figures.service';
import { financialYearLabel, financialYearStartYear } from '../shared/financial-periods';
import { findMeasure } from '../measures/measure-catalogue';
import { loadReferenceCatalogue, type ReferenceCatalogue } from '../reference/reference-catalogue';

const POLICE = 'Lambeth Police Vice Team';
const NOTE = 'Illustrative target for the demo: not a figure the partnership agreed.';

/** The measures the demo sets targets for, and the partner that owns each. */
const OWNERS: Readonly<Record<string, string>> = {
  'police.operations': POLICE,
  'police.warning_letters': POLICE,
  'arrests.women_soliciting': POLICE,
  'arrests.women_drug_test_referred': POLICE,
  'arrests.women_drug_test_referral_rate': POLICE,
  'arrests.men_buying': POLICE,
  'gaia.referrals': 'Gaia Centre (Refuge)',
  'chrysalis.move_ons': 'Chrysalis Project',
};

/** The same every year: no target for a context measure (null), every woman referred for a drug test. */
const STANDING: Readonly<Record<string, number | null>> = {
  'arrests.women_soliciting': null,
  'arrests.women_drug_test_referral_rate': 100,
};

/**
 * The first two years' targets, as the briefing and the review tests know them: 2012/13's sit just
 * below the briefing's results, which it says "were exceeded"; 2013/14's ask for a little more, so
 * the demo shows green, amber and red at that year's end.
 */
const FIRST_TARGETS: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  2012: {
    'police.operations': 20, 'police.warning_letters': 90, 'arrests.women_drug_test_referred': 60,
    'arrests.men_buying': 45, 'gaia.referrals': 1500, 'chrysalis.move_ons': 14,
  },
  2013: {
    'police.operations': 24, 'police.warning_letters': 110, 'arrests.women_drug_test_referred': 75,
    'arrests.men_buying': 55, 'gaia.referrals': 1650, 'chrysalis.move_ons': 20,
  },
};
const FIRST_YEAR = 2012;

/** Each later year asks for a little more than the year before achieved, as partnerships set targets. */
const ASK = 1.03;

/** A target as people write one: to the nearest 50 in the thousands, 5 in the hundreds, else whole. */
function roundedTarget(value: number): number {
  const step = value >= 1000 ? 50 : value >= 100 ? 5 : 1;
  return Math.round(value / step) * step;
}

/**
 * The illustrative targets of financial year `year` (2012 is 2012/13). After the first two years,
 * a count's target is last year's result plus the ask; no target while last year has no figure.
 */
async function demoTargetsFor(dataSource: DataSource, reference: ReferenceCatalogue, year: number): Promise<Map<string, number | null>> {
  const targets = new Map<string, number | null>();
  for (const measure of Object.keys(OWNERS)) {
    if (measure in STANDING) targets.set(measure, STANDING[measure]);
    else if (FIRST_TARGETS[year]) targets.set(measure, FIRST_TARGETS[year][measure]);
    else {
      const query = resolveFigureQuery({ measure, financialYear: financialYearLabel(year - 1) }, reference);
      const { total } = await computeFigures(dataSource, query, reference);
      if (total) targets.set(measure, roundedTarget(total * ASK));
    }
  }
  return targets;
}

/**
 * Loads the illustrative targets of every year from 2012/13 to the financial year of `today`
 * (polarity from the measure catalogue, even profiles, 10% tolerance) where no target is set yet,
 * so an analyst's own target is never overwritten. Only the demo loader calls it, after loading
 * the demo data: real data never gets made-up targets. Returns how many targets it added.
 */
export async function loadDemoTargets(dataSource: DataSource, today = clockToday()): Promise<number> {
  const reference = await loadReferenceCatalogue(dataSource);
  let added = 0;
  for (let year = FIRST_YEAR; year <= financialYearStartYear(today); year++) {
    for (const [measureId, value] of await demoTargetsFor(dataSource, reference, year)) {
      const measure = findMeasure(measureId);
      if (!measure) throw new Error(`The demo targets name an unknown measure: ${measureId}`);
      const inserted: unknown[] = await dataSource.query(
        `INSERT INTO target (financial_year, measure, value, polarity, owner_partner, note, illustrative, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, true, 'demo-loader')
         ON CONFLICT (financial_year, measure) DO NOTHING RETURNING id`,
        [financialYearLabel(year), measureId, value, measure.polarity, OWNERS[measureId], NOTE],
      );
      added += inserted.length;
    }
  }
  return added;
}
