import { Select } from '../../../components/govuk/select';
import type { DimensionValue, DimensionValues } from '../../../graphql/dimension-values';

function DimensionSelect({
  label,
  everything,
  choices,
  value,
  onChange,
}: {
  label: string;
  everything: string;
  choices: DimensionValues;
  value: string | null;
  onChange: (code: string | null) => void;
}) {
  const known: DimensionValue[] = [...choices.values];
  // Keep a choice from the address selectable while the list loads (or if it is not in the list).
  if (value && !known.some((choice) => choice.code === value)) known.push({ code: value, label: value });
  const hint = choices.error ? `The list of choices could not be loaded, so only “${everything}” is offered.` : undefined;
  return (
    <Select
      label={label}
      hint={hint}
      options={[{ value: '', text: everything }, ...known.map((choice) => ({ value: choice.code, text: choice.label }))]}
      value={value ?? ''}
      onChange={(code) => onChange(code === '' ? null : code)}
    />
  );
}

/** Choosers for the strand and ward a measure's chart is drawn for, each only when the measure has that dimension. */
export function SeriesFilters({
  strands,
  wards,
  strand,
  ward,
  onStrand,
  onWard,
}: {
  strands?: DimensionValues;
  wards?: DimensionValues;
  strand: string | null;
  ward: string | null;
  onStrand: (code: string | null) => void;
  onWard: (code: string | null) => void;
}) {
  if (!strands && !wards) return null;
  return (
    <div className="app-filters app-no-print">
      {strands && <DimensionSelect label="Gaia strand" everything="All strands" choices={strands} value={strand} onChange={onStrand} />}
      {wards && <DimensionSelect label="Ward" everything="All wards" choices={wards} value={ward} onChange={onWard} />}
    </div>
  );
}
