import { ConfidentialLegend } from '../../../components/confidential-legend';
import { NOT_COLLECTED } from '../../../lib/coverage-periods';
import { formatFigure } from '../../../lib/format';
import type { StrandGrid } from '../../../components/strands/strand-grid';

/** Strands down, quarters across, the year's figure last; the "All strands" row and "Year" column are the API's totals. */
export function StrandsTable({ grid, caption, financialYear }: { grid: StrandGrid; caption: string; financialYear: string }) {
  const figure = (value: number | null) => formatFigure(value, 'COUNT');
  // Before the Gaia Centre opened there is no figure to withhold or to count as 0: the quarter says so.
  const cell = (value: number | null, index: number) => (grid.notCollected.has(grid.quarters[index] ?? '') ? NOT_COLLECTED : figure(value));
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="app-table">
        <caption className="app-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Strand</th>
            {grid.quarters.map((quarter) => (
              <th scope="col" className="app-table__numeric" key={quarter}>
                {quarter}
              </th>
            ))}
            <th scope="col" className="app-table__numeric">
              {financialYear}
            </th>
          </tr>
        </thead>
        <tbody>
          {grid.strands.map((strand) => (
            <tr key={strand.code}>
              <th scope="row">{strand.label}</th>
              {strand.cells.map((value, index) => (
                <td className="app-table__numeric" key={grid.quarters[index]}>
                  {cell(value, index)}
                </td>
              ))}
              <td className="app-table__numeric">{figure(strand.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="app-table__total">
            <th scope="row">All strands</th>
            {grid.quarterTotals.map((total, index) => (
              <td className="app-table__numeric" key={grid.quarters[index]}>
                {cell(total, index)}
              </td>
            ))}
            <td className="app-table__numeric">{figure(grid.total)}</td>
          </tr>
        </tfoot>
      </table>
      <ConfidentialLegend />
    </div>
  );
}
