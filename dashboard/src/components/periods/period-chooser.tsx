import { quarterInWords } from '../../lib/financial-periods';
import type { QuarterPeriod } from '../../lib/use-period-params';
import { Select } from '../govuk/select';
import { YearSelect } from './year-select';

/** Financial year and quarter, offered from what the data covers; each change shows that period at once. */
export function PeriodChooser({ period }: { period: QuarterPeriod }) {
  return (
    <div className="app-filters app-no-print">
      <YearSelect years={period.years} value={period.financialYear} onChange={period.setFinancialYear} />
      <Select
        label="Quarter"
        options={period.quarters.map((quarter) => ({ value: String(quarter), text: `Q${quarter}: ${quarterInWords(period.financialYear, quarter).replace(/ \d{4}$/, '')}` }))}
        value={String(period.quarter)}
        onChange={(value) => {
          const quarter = period.quarters.find((offered) => String(offered) === value);
          if (quarter) period.setQuarter(quarter);
        }}
      />
    </div>
  );
}
