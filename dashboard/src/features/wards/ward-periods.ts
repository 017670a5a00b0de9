// What the ward pages show first: the partnership's published year and its headline measure.

export const DEFAULT_FINANCIAL_YEAR = '2012/13';

/** Gaia Centre referrals: the measure a briefing leads with and breaks down by strand. */
export const HEADLINE_MEASURE = 'gaia.referrals';

export const DEFAULT_MEASURE = HEADLINE_MEASURE;
