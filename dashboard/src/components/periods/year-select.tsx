import { Select } from '../govuk/select';

/** The financial year chooser: the years the data covers (dataCoverage), newest first, as a review is usually of lately. */
export function YearSelect({ years, value, onChange, hint }: { years: readonly string[]; value: string; onChange: (year: string) => void; hint?: string }) {
  return (
    <Select label="Financial year" hint={hint} options={[...years].reverse().map((year) => ({ value: year, text: year }))} value={value} onChange={onChange} />
  );
}
