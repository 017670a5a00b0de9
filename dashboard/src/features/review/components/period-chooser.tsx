import { Select } from '../../../components/govuk/select';
import { FINANCIAL_YEARS, isQuarter, QUARTERS, quarterInWords } from '../../../lib/financial-periods';
import type { ReviewPeriod } from '../hooks/use-review-period';

/** Financial year and quarter of the review; each change shows that period at once. */
export function PeriodChooser({ period }: { period: ReviewPeriod }) {
  return (
    <div className="app-filters app-no-print">
      <Select
        label="Financial year"
        options={FINANCIAL_YEARS.map((year) => ({ value: year, text: year }))}
        value={period.financialYear}
        onChange={period.setFinancialYear}
      />
      <Select
        label="Quarter"
        options={QUARTERS.map((quarter) => ({ value: String(quarter), text: `Q${quarter}: ${quarterInWords(period.financialYear, quarter).replace(/ \d{4}$/, '')}` }))}
        value={String(period.quarter)}
        onChange={(value) => {
          const quarter = Number(value);
          if (isQuarter(quarter)) period.setQuarter(quarter);
        }}
      />
    </div>
  );
}
