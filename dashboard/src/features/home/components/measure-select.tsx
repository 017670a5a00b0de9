import { Select } from '../../../components/govuk/select';
import type { HomeMeasure } from '../graphql/types';

export function MeasureSelect({
  measures,
  value,
  onChange,
}: {
  measures: readonly HomeMeasure[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <div className="app-no-print">
      <Select label="Measure" options={measures.map((measure) => ({ value: measure.id, text: measure.label }))} value={value} onChange={onChange} />
    </div>
  );
}
