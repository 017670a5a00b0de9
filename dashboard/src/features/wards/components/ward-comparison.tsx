import { useId } from 'react';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import type { Ward } from '../../../graphql/wards';
import { NOT_COLLECTED } from '../../../lib/coverage-periods';
import { isNotCollected } from '../../../lib/describe-error';
import { formatFigure } from '../../../lib/format';
import type { WardMeasure } from '../graphql/types';
import { useWardMeasureFigures } from '../hooks/use-ward-measure-figures';
import { formatWardFigure, type WardFigure } from '../ward-figures';
import { wardStatement } from '../ward-statements';
import { DataTable } from '../../../components/data-table';

const shareFormat = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** The ward's part of the borough's count; only for counts that add up, and only from figures both shown. */
function shareOfBorough(measure: WardMeasure, ward: WardFigure | undefined, borough: number | null | undefined): string {
  if (measure.unit !== 'COUNT' || ward?.kind !== 'shown' || !borough) return '–';
  return shareFormat.format(ward.value / borough);
}

interface RowProps {
  measure: WardMeasure;
  ward: Ward;
  financialYear: string;
}

function ComparisonRow({ measure, ward, financialYear }: RowProps) {
  const figures = useWardMeasureFigures(measure.id, financialYear, ward.code);
  // A year wholly before the measure's dataset was collected has no figure anywhere: it says so, not "could not be loaded".
  const missing = figures.loading ? '…' : isNotCollected(figures.error) ? NOT_COLLECTED : 'could not be loaded';
  const wardCell = figures.ward ? formatWardFigure(figures.ward, measure.unit) : missing;
  const borough = figures.borough;
  return (
    <tr>
      <th scope="row">{measure.label}</th>
      <td className="app-table__numeric">{wardCell}</td>
      <td className="app-table__numeric">{borough ? formatFigure(borough.total, measure.unit) : missing}</td>
      <td className="app-table__numeric">{shareOfBorough(measure, figures.ward, borough?.total)}</td>
    </tr>
  );
}

function Statement({ measure, ward, financialYear }: RowProps) {
  const figures = useWardMeasureFigures(measure.id, financialYear, ward.code);
  if (!figures.ward || !figures.borough) return null;
  return <li>{wardStatement(measure, ward.name, figures.ward, figures.borough.total, financialYear)}</li>;
}

/** Each measure for the ward beside the borough, as a table and in words, with borough statements standing in for withheld figures. */
export function WardComparison({ measures, ward, financialYear }: { measures: readonly WardMeasure[]; ward: Ward; financialYear: string }) {
  const headingId = useId();
  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        {ward.name} beside Lambeth
      </h2>
      <DataTable
        caption={
          <>
            {ward.name} and Lambeth, {financialYear}
          </>
        }
        headings={['Measure', { text: ward.name, numeric: true }, { text: 'Lambeth', numeric: true }, { text: <>{ward.name}’s share of Lambeth</>, numeric: true }]}
        className="app-table--compact"
        scroll
      >
        {measures.map((measure) => (
          <ComparisonRow key={measure.id} measure={measure} ward={ward} financialYear={financialYear} />
        ))}
      </DataTable>
      <ConfidentialLegend />
      <h3 className="app-heading-m app-briefing__subheading">In words</h3>
      <ul className="app-list app-list--bullet app-briefing__statements">
        {measures.map((measure) => (
          <Statement key={measure.id} measure={measure} ward={ward} financialYear={financialYear} />
        ))}
      </ul>
    </section>
  );
}
