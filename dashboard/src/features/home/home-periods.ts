// The periods the overview page shows. The partnership's published figures are for 2012/13.

export const HEADLINE_FINANCIAL_YEAR = '2012/13';

/** The quarterly chart spans the published year and one either side. */
export const QUARTERLY_RANGE = { from: '2011-04-01', to: '2014-03-31' } as const;

export const DEFAULT_CHART_MEASURE = 'gaia.referrals';
