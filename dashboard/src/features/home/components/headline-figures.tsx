import { ConfidentialLegend } from '../../../components/confidential-legend';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { collectionOf, type QuarterChoice } from '../../../lib/coverage-periods';
import { financialYearRange, quarterInWords, quarterLabel } from '../../../lib/financial-periods';
import { financialYearInWords } from '../../../lib/format';
import type { HomeMeasure } from '../graphql/types';
import { HeadlineCard } from './headline-card';
import { Section } from '../../../components/govuk/section';

export interface HeadlinePeriod extends QuarterChoice {
  /** How the card names the year's figure: "Whole year 2025/26", or "2026/27 so far" while the year runs. */
  yearLabel: string;
}

export function HeadlineFigures({ measures, period, coverage }: { measures: readonly HomeMeasure[]; period: QuarterChoice; coverage: DataCoverage }) {
  const { financialYear, quarter } = period;
  const yearEnded = financialYearRange(financialYear).to < coverage.today;
  const headline: HeadlinePeriod = { ...period, yearLabel: yearEnded ? `Whole year ${financialYear}` : `${financialYear} so far` };
  return (
    <Section id="headline-figures" heading={<>Headline figures for {quarterLabel(financialYear, quarter)}</>}>
      <p className="app-body">
        {quarterInWords(financialYear, quarter)}, in the {financialYearInWords(financialYear)}; beneath each, the figure for the
        {yearEnded ? ' whole year' : ' year so far'}.
      </p>
      <ul className="app-cards">
        {measures.map((measure) => (
          <HeadlineCard key={measure.id} measure={measure} period={headline} collection={collectionOf(coverage, measure.id)} />
        ))}
      </ul>
      <ConfidentialLegend />
    </Section>
  );
}
