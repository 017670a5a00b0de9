import { Tag } from '../../../components/govuk/tag';
import { NOT_COLLECTED } from '../../../lib/coverage-periods';
import { formatFigure, NO_FIGURE } from '../../../lib/format';
import type { QuarterlyReturn, ReturnCell, ReturnMeasure } from '../graphql/types';
import type { QuarterState } from '../return-quarters';

function figure(cell: ReturnCell | undefined, measure: ReturnMeasure): string {
  if (!cell) return NO_FIGURE;
  if (cell.notCollected) return NOT_COLLECTED;
  return cell.value === null ? NO_FIGURE : formatFigure(cell.value, measure.unit);
}

const STATE_TAG = {
  published: <Tag colour="green">Published</Tag>,
  ready: <Tag colour="blue">Not published</Tag>,
  'not-ended': <Tag colour="grey">Not ended</Tag>,
};

/** The return as funders receive it: every headline measure by quarter, published quarters frozen, the year live. */
export function ReturnTable({ data, quarters }: { data: QuarterlyReturn; quarters: readonly QuarterState[] }) {
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={`Quarterly return ${data.financialYear}, scrollable`}>
      <table className="app-table app-table--compact app-return-table">
        <caption className="app-table__caption">Quarterly return {data.financialYear}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {quarters.map((q) => (
              <th scope="col" className="app-table__numeric" key={q.quarter}>
                {q.label}
                <span className="app-return-table__state">{STATE_TAG[q.state]}</span>
              </th>
            ))}
            <th scope="col" className="app-table__numeric">
              {data.financialYear}
              <span className="app-return-table__state">
                <Tag colour="grey">Live</Tag>
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.lines.map(({ measure, cells }) => (
            <tr key={measure.id}>
              <th scope="row">{measure.label}</th>
              {cells.map((cell, index) => (
                <td className="app-table__numeric" key={cell.quarter ?? `year-${index}`}>
                  {figure(cell, measure)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
