import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { paths } from '../../../app/paths';
import { useQueryParam } from '../../../app/router';
import { ChartStatus, chartState } from '../../../components/charts/chart-status';
import { summariseHighest } from '../../../components/charts/summarise';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { Select } from '../../../components/govuk/select';
import { describeError } from '../../../lib/describe-error';
import { FINANCIAL_YEARS } from '../../../lib/financial-periods';
import { financialYearInWords, formatFigure } from '../../../lib/format';
import { LAMBETH_WARDS } from '../../../lib/lambeth-wards';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFinancialYearParam } from '../../../lib/use-period-params';
import { colourScale } from '../colour-scale';
import { WardMapFiguresQuery, type WardMeasure } from '../graphql/documents';
import { useWardMeasures } from '../hooks/use-ward-measures';
import { useWardScope } from '../hooks/use-ward-scope';
import { formatWardFigure, valueOf, wardFiguresFrom } from '../ward-figures';
import { DEFAULT_FINANCIAL_YEAR, DEFAULT_MEASURE } from '../ward-periods';
import { TileMapLegend, WardTileMap } from './ward-tile-map';
import '../wards.css';

/** Gaia referrals with no ward, or one outside Lambeth, come back under this code. */
const UNKNOWN_WARD = 'unknown';

function WardMap({ measure, financialYear }: { measure: WardMeasure; financialYear: string }) {
  const headingId = useId();
  const summaryId = useId();
  const { data, loading, error } = useQuery(WardMapFiguresQuery, { variables: { measure: measure.id, financialYear } });
  const { isCouncillor, canSee } = useWardScope();

  const rows = data?.byWard.rows ?? [];
  const figureOf = wardFiguresFrom(rows, measure.unit, canSee);
  const wards = LAMBETH_WARDS.map((ward) => ({ ...ward, figure: figureOf(ward.code) }));
  const unknown = rows.find((row) => row.key[0]?.code === UNKNOWN_WARD);
  const scale = colourScale(
    measure.unit,
    wards.map((ward) => valueOf(ward.figure)).filter((value): value is number => value !== null),
  );
  const kinds = new Set(wards.map((ward) => ward.figure.kind));
  const notShown = wards.filter((ward) => ward.figure.kind === 'not-shown').length;
  const format = (value: number) => formatFigure(value, measure.unit);
  const title = `${measure.label} by ward, ${financialYear}`;

  const summary = [
    summariseHighest({
      subject: measure.label,
      plural: measure.unit === 'COUNT',
      points: wards.filter((ward) => ward.figure.kind === 'shown' || ward.figure.kind === 'withheld').map((ward) => ({ label: ward.name, value: valueOf(ward.figure) })),
      format,
      periodNoun: 'ward',
    }),
    notShown === 0 ? '' : isCouncillor ? ` Councillors see their own wards’ figures only: the other ${notShown} are not shown.` : ` ${notShown} wards’ figures are not shown to you.`,
  ].join('');
  const state = chartState({ error: error ? describeError(error) : undefined, loading }, data ? 1 : 0);

  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        {measure.label}, {financialYearInWords(financialYear)}
      </h2>
      <ChartStatus
        state={state}
        id={summaryId}
        summary={summary}
        loadingMessage={`Loading ${measure.label} by ward…`}
        error={error ? describeError(error) : undefined}
      />
      {state === 'ready' && (
        <div className="app-ward-map">
          <div className="app-ward-map__map">
            <WardTileMap
              measureLabel={measure.label}
              unit={measure.unit}
              financialYear={financialYear}
              figureOf={figureOf}
              scale={scale}
              label={`Map of ${title}: each ward is a link to its page`}
            />
            <TileMapLegend scale={scale} measureLabel={measure.label} kinds={kinds} />
          </div>
          <div className="app-ward-map__table">
            <table className="app-table app-table--compact" aria-describedby={summaryId}>
              <caption className="app-table__caption">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Ward</th>
                  <th scope="col" className="app-table__numeric">
                    {measure.label}
                  </th>
                </tr>
              </thead>
              <tbody>
                {wards.map((ward) => (
                  <tr key={ward.code}>
                    <th scope="row">
                      <a href={paths.ward(ward.code, financialYear)}>{ward.name}</a>
                    </th>
                    <td className="app-table__numeric">{formatWardFigure(ward.figure, measure.unit)}</td>
                  </tr>
                ))}
                {unknown && (
                  <tr>
                    <th scope="row">{unknown.key[0]?.label ?? 'Unknown ward'}</th>
                    <td className="app-table__numeric">{formatFigure(unknown.value, measure.unit)}</td>
                  </tr>
                )}
              </tbody>
              {data && (
                <tfoot>
                  <tr className="app-table__total">
                    <th scope="row">Lambeth</th>
                    <td className="app-table__numeric">{formatFigure(data.borough.total, measure.unit)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
            <ConfidentialLegend />
          </div>
        </div>
      )}
    </section>
  );
}

/** The ward tile map: every ward coloured by one measure for one financial year, with the same figures as a table. */
export function WardMapPage() {
  useDocumentTitle('Wards');
  const { measures, loading, error } = useWardMeasures();
  const [requested, chooseMeasure] = useQueryParam('measure');
  const [financialYear, chooseYear] = useFinancialYearParam(DEFAULT_FINANCIAL_YEAR);
  const measure = measures.find((m) => m.id === requested) ?? measures.find((m) => m.id === DEFAULT_MEASURE) ?? measures[0];

  return (
    <>
      <h1 className="app-heading-xl">Wards</h1>
      <p className="app-body-l">
        Lambeth’s 21 wards, each drawn as one equal square and placed roughly where it lies, so small wards count as much
        as large ones. Choose a ward for its page and briefing.
      </p>
      {error ? (
        <div className="app-error-message" role="alert">
          <p className="app-error-message__title">The list of measures could not be loaded</p>
          <p>{describeError(error)}</p>
        </div>
      ) : loading ? (
        <p className="app-body" role="status">
          Loading the list of measures…
        </p>
      ) : !measure ? (
        <p className="app-body">No measure can be broken down by ward yet.</p>
      ) : (
        <>
          <div className="app-filters app-no-print">
            <Select
              label="Measure"
              options={measures.map((m) => ({ value: m.id, text: m.label }))}
              value={measure.id}
              onChange={chooseMeasure}
            />
            <Select
              label="Financial year"
              options={FINANCIAL_YEARS.map((year) => ({ value: year, text: year }))}
              value={financialYear}
              onChange={chooseYear}
            />
          </div>
          <WardMap measure={measure} financialYear={financialYear} />
        </>
      )}
    </>
  );
}
