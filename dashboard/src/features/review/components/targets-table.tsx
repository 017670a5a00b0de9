import { paths } from '../../../app/paths';
import { Sparkline } from '../../../components/charts/sparkline';
import { RagTag } from '../../../components/indicators/rag-tag';
import { AssuranceIconView, VariationIconView } from '../../../components/indicators/spc-icons';
import { formatChange, formatFigure, formatWholePercent } from '../../../lib/format';
import type { TargetStatus } from '../graphql/documents';

function TargetRow({ status }: { status: TargetStatus }) {
  const { target } = status;
  const { measure } = target;
  const figure = (value: number) => formatFigure(value, measure.unit);
  return (
    <tr>
      <th scope="row">
        <a className="app-link" href={paths.measure(measure.id)}>
          {measure.label}
        </a>
        {target.ownerPartner && <span className="app-table__note">Owner: {target.ownerPartner}</span>}
      </th>
      <td className="app-table__numeric">{figure(status.actualToDate)}</td>
      <td className="app-table__numeric">
        {status.targetToDate === null ? 'None' : figure(status.targetToDate)}
        {target.illustrative && status.targetToDate !== null && <span className="app-table__note">illustrative</span>}
      </td>
      <td className="app-table__numeric">{status.percentOfTarget === null ? 'None' : formatWholePercent(status.percentOfTarget)}</td>
      <td>
        <RagTag rag={status.rag} />
      </td>
      <td className="app-table__numeric">{status.changeOnLastYear === null ? 'Not known' : formatChange(status.changeOnLastYear)}</td>
      <td className="app-table__icon">
        <VariationIconView icon={status.variation} polarity={target.polarity} />
      </td>
      <td className="app-table__icon">
        <AssuranceIconView icon={status.assurance} />
      </td>
      <td className="app-table__sparkline">
        <Sparkline values={status.sparkline.map((point) => point.value)} />
      </td>
    </tr>
  );
}

/** One row per target: where the year stands against its profile, and what the monthly pattern says. */
export function TargetsTable({ statuses, caption }: { statuses: readonly TargetStatus[]; caption: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="app-table app-table--compact app-table--targets">
        <caption className="app-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="app-table__numeric">
              Actual to date
            </th>
            <th scope="col" className="app-table__numeric">
              Target to date
            </th>
            <th scope="col" className="app-table__numeric">
              % of target
            </th>
            <th scope="col">Status</th>
            <th scope="col" className="app-table__numeric">
              Change on last year
            </th>
            <th scope="col">Variation</th>
            <th scope="col">Assurance</th>
            <th scope="col">
              Trend<span className="app-visually-hidden"> (a drawing of the last 24 months, shown on each measure’s page)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => (
            <TargetRow key={status.target.id} status={status} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
