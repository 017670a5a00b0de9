import type { DataSource } from 'typeorm';
import { findMeasure } from '../measures/measure-catalogue';

const POLICE = 'Lambeth Police Vice Team';
const NOTE = 'Illustrative target for the demo: not a figure the partnership agreed.';

/**
 * Made-up annual targets for the demo, labelled illustrative. 2012/13's sit just below the
 * briefing's results, which it says "were exceeded"; 2013/14's ask for a little more, so the demo
 * shows green, amber and red at the year end.
 */
export const DEMO_TARGETS: Record<string, Record<string, { value: number | null; owner: string }>> = {
  '2012/13': {
    'police.operations': { value: 20, owner: POLICE },
    'police.warning_letters': { value: 90, owner: POLICE },
    'arrests.women_soliciting': { value: null, owner: POLICE },
    'arrests.women_drug_test_referred': { value: 60, owner: POLICE },
    'arrests.women_drug_test_referral_rate': { value: 100, owner: POLICE },
    'arrests.men_buying': { value: 45, owner: POLICE },
    'gaia.referrals': { value: 1500, owner: 'Gaia Centre (Refuge)' },
    'chrysalis.move_ons': { value: 14, owner: 'Chrysalis Project' },
  },
  '2013/14': {
    'police.operations': { value: 24, owner: POLICE },
    'police.warning_letters': { value: 110, owner: POLICE },
    'arrests.women_soliciting': { value: null, owner: POLICE },
    'arrests.women_drug_test_referred': { value: 75, owner: POLICE },
    'arrests.women_drug_test_referral_rate': { value: 100, owner: POLICE },
    'arrests.men_buying': { value: 55, owner: POLICE },
    'gaia.referrals': { value: 1650, owner: 'Gaia Centre (Refuge)' },
    'chrysalis.move_ons': { value: 20, owner: 'Chrysalis Project' },
  },
};

/**
 * Loads the illustrative targets (polarity from the measure catalogue, even profiles, 10%
 * tolerance) where no target is set yet, so an analyst's own target is never overwritten.
 * Call it when the server loads demo data. Returns how many targets it added.
 */
export async function loadDemoTargets(dataSource: DataSource): Promise<number> {
  let added = 0;
  for (const [financialYear, targets] of Object.entries(DEMO_TARGETS)) {
    for (const [measureId, { value, owner }] of Object.entries(targets)) {
      const measure = findMeasure(measureId);
      if (!measure) throw new Error(`The demo targets name an unknown measure: ${measureId}`);
      const inserted: unknown[] = await dataSource.query(
        `INSERT INTO target (financial_year, measure, value, polarity, owner_partner, note, illustrative, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, true, 'demo-loader')
         ON CONFLICT (financial_year, measure) DO NOTHING RETURNING id`,
        [financialYear, measureId, value, measure.polarity, owner, NOTE],
      );
      added += inserted.length;
    }
  }
  return added;
}
