import { ConfidentialLegend } from '../../../components/confidential-legend';
import { financialYearInWords } from '../../../lib/format';
import type { HomeMeasure } from '../graphql/documents';
import { HEADLINE_FINANCIAL_YEAR } from '../home-periods';
import { HeadlineCard } from './headline-card';

export function HeadlineFigures({ measures }: { measures: readonly HomeMeasure[] }) {
  const year = financialYearInWords(HEADLINE_FINANCIAL_YEAR);
  return (
    <section className="app-section" aria-labelledby="headline-figures-heading">
      <h2 className="app-heading-l" id="headline-figures-heading">
        Headline figures for {year}
      </h2>
      <p className="app-body">From 1 April 2012 to 31 March 2013.</p>
      <ul className="app-cards">
        {measures.map((measure) => (
          <HeadlineCard key={measure.id} measure={measure} financialYear={HEADLINE_FINANCIAL_YEAR} />
        ))}
      </ul>
      <ConfidentialLegend />
    </section>
  );
}
