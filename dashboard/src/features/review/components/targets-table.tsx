import { paths } from '../../../app/paths';
import { AnnotationList } from '../../../components/charts/annotation-list';
import { monthPeriods, placeAnnotations } from '../../../components/charts/annotation-marks';
import { Sparkline } from '../../../components/charts/sparkline';
import type { ChartAnnotations } from '../../../graphql/chart-annotations';
import { RagTag } from '../../../components/indicators/rag-tag';
import { AssuranceIconView, VariationIconView } from '../../../components/indicators/spc-icons';
import type { IsoDate } from '../../../graphql/schema-types';
import { formatChange, formatFigure, formatMonth, formatWholePercent } from '../../../lib/format';
import type { TargetStatus } from '../graphql/types';
import { DataTable } from '../../../components/data-table';

function TargetRow({ status, events }: { status: TargetStatus; events: ChartAnnotations }) {
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
        <Sparkline
          points={status.sparkline.map((point) => ({ key: point.period, value: point.value }))}
          markers={placeAnnotations(events.annotations, monthPeriods(status.sparkline.map((point) => point.period))).markers}
        />
      </td>
    </tr>
  );
}

/**
 * One row per target: where the year stands against its profile, and what the monthly pattern says.
 * The trend lines run over `trendRange` (April of the year before to the end of the quarter); ticks
 * on them mark the timeline's events and analysts' notes, listed in words beneath the table.
 */
export function TargetsTable({ statuses, caption, trendRange, events }: { statuses: readonly TargetStatus[]; caption: string; trendRange: { from: IsoDate; to: IsoDate }; events: ChartAnnotations }) {
  const span = `${formatMonth(trendRange.from)} to ${formatMonth(trendRange.to)}`;
  const listed = placeAnnotations(events.annotations, [{ key: 'trend', ...trendRange }]).notes;
  return (
    <>
      <DataTable
        caption={caption}
        headings={[
          'Measure',
          { text: 'Actual to date', numeric: true },
          { text: 'Target to date', numeric: true },
          { text: '% of target', numeric: true },
          'Status',
          { text: 'Change on last year', numeric: true },
          'Variation',
          'Assurance',
          {
            text: (
              <>
                Trend <span className="app-visually-hidden"> (a drawing of each month from {span}, its events listed below the table; the figures are on each measure’s page) </span>
              </>
            ),
          },
        ]}
        className="app-table--compact app-table--targets"
        region={caption}
      >
        {statuses.map((status) => (
          <TargetRow key={status.target.id} status={status} events={events} />
        ))}
      </DataTable>
      <AnnotationList notes={listed} heading={`Events on the trend lines, ${span}`} marking="ticks" unavailable={events.unavailable} />
    </>
  );
}
