import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { paths } from '../../../app/paths';
import { useQueryParam } from '../../../app/router';
import { ChartStatus, chartState } from '../../../components/charts/chart-status';
import { summariseHighest } from '../../../components/charts/summarise';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { Select } from '../../../components/govuk/select';
import { YearSelect } from '../../../components/periods/year-select';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { WardMapFiguresDocument } from '../../../graphql/generated/graphql';
import { useAllWards, useWardsOn, type Ward } from '../../../graphql/wards';
import { collectionOf, openingQuarter } from '../../../lib/coverage-periods';
import { describeError, isNotCollected, notCollectedMessage } from '../../../lib/describe-error';
import { addDays, financialYearRange } from '../../../lib/financial-periods';
import { financialYearInWords, formatDate, formatFigure, formatMonth } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFinancialYearParam } from '../../../lib/use-period-params';
import { colourScale } from '../colour-scale';
import type { KeyedFigure, WardMeasure } from '../graphql/types';
import { useWardMeasures } from '../hooks/use-ward-measures';
import { useWardScope } from '../hooks/use-ward-scope';
import { formatWardFigure, runsPastRelease, valueOf, wardFiguresFrom } from '../ward-figures';
import { boundaryChangeWithin, DEFAULT_MEASURE, mapDay } from '../ward-periods';
import { tileLayout } from '../ward-tile-layout';
import { TileMapLegend, WardTileMap } from './ward-tile-map';
import '../../../components/govuk/problem-message.css';
import '../wards.css';
import { DataTable } from '../../../components/data-table';

/** Gaia referrals with no ward, or one outside Lambeth, come back under this code. */
const UNKNOWN_WARD = 'unknown';

/**
 * Rows of the answer for wards not on the map: the earlier wards of a year that spans a boundary
 * change (their records up to the change), then referrals with no ward. They are listed under the
 * map's wards so the table still accounts for the whole borough.
 */
function otherRows(rows: readonly KeyedFigure[], shown: readonly Ward[]): KeyedFigure[] {
  const onMap = new Set(shown.map((ward) => ward.code));
  const others = rows.filter((row) => !onMap.has(row.key[0]?.code ?? ''));
  return [...others.filter((row) => row.key[0]?.code !== UNKNOWN_WARD), ...others.filter((row) => row.key[0]?.code === UNKNOWN_WARD)];
}

function WardMap({ measure, financialYear, wards, coverage }: { measure: WardMeasure; financialYear: string; wards: readonly Ward[]; coverage: DataCoverage }) {
  const headingId = useId();
  const summaryId = useId();
  const { data, loading, error } = useQuery(WardMapFiguresDocument, { variables: { measure: measure.id, financialYear } });
  const { isCouncillor, canSee } = useWardScope();
  const everyWard = useAllWards();

  const rows = data?.byWard.rows ?? [];
  const figureOf = wardFiguresFrom(rows, measure.unit, canSee, runsPastRelease(data?.byWard.releasedThrough ?? null, financialYearRange(financialYear).to));
  const figures = wards.map((ward) => ({ ...ward, figure: figureOf(ward.code) }));
  const others = otherRows(rows, wards);
  const layout = tileLayout(wards);
  const scale = colourScale(
    measure.unit,
    figures.map((ward) => valueOf(ward.figure)).filter((value): value is number => value !== null),
  );
  const kinds = new Set(figures.map((ward) => ward.figure.kind));
  const notShown = figures.filter((ward) => ward.figure.kind === 'not-shown').length;
  const format = (value: number) => formatFigure(value, measure.unit);
  const title = `${measure.label} by ward, ${financialYear}`;
  const change = boundaryChangeWithin(wards, financialYear);
  const collection = collectionOf(coverage, measure.id);
  const year = financialYearRange(financialYear);
  // Collection began during the year: the year's figures are from then, and the map says so.
  const collectedLate = collection.from !== null && collection.from > year.from && collection.from <= year.to;

  const summary = [
    summariseHighest({
      subject: measure.label,
      plural: measure.unit === 'COUNT',
      points: figures.filter((ward) => ward.figure.kind === 'shown' || ward.figure.kind === 'withheld').map((ward) => ({ label: ward.name, value: valueOf(ward.figure) })),
      format,
      periodNoun: 'ward',
    }),
    notShown === 0 ? '' : isCouncillor ? ` Councillors see their own wards’ figures only: the other ${notShown} are not shown.` : ` ${notShown} wards’ figures are not shown to you.`,
  ].join('');
  const notCollected = isNotCollected(error);
  const state = chartState({ error: error && !notCollected ? describeError(error) : undefined, loading }, data ? 1 : 0);

  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        {measure.label}, {financialYearInWords(financialYear)}
      </h2>
      {change && (
        <p className="app-body app-boundary-note">
          <strong>Ward boundaries changed on {formatDate(change)}.</strong> The map shows the {wards.length} wards from then on. Records
          from 1 April to {formatDate(addDays(change, -1))} are on the earlier wards: they are listed under the map’s wards in the table and
          counted in Lambeth’s total.
        </p>
      )}
      {collectedLate && !notCollected && (
        <p className="app-body">
          {measure.label} were not collected before {formatMonth(collection.from as string)}: the figures cover the year from then.
        </p>
      )}
      {notCollected ? (
        <p className="app-body">{notCollectedMessage(error)}</p>
      ) : (
        <ChartStatus
          state={state}
          id={summaryId}
          summary={summary}
          loadingMessage={`Loading ${measure.label} by ward…`}
          error={error ? describeError(error) : undefined}
        />
      )}
      {state === 'ready' && !notCollected && (
        <div className="app-ward-map">
          <div className="app-ward-map__map">
            <WardTileMap
              measureLabel={measure.label}
              unit={measure.unit}
              financialYear={financialYear}
              figureOf={figureOf}
              scale={scale}
              label={`Map of ${title}: each ward is a link to its page`}
              layout={layout}
            />
            <TileMapLegend scale={scale} measureLabel={measure.label} kinds={kinds} />
            {!layout.placed && (
              <p className="app-body app-secondary-text">
                These wards have no hand-placed layout yet, so their tiles are in alphabetical order rather than where they lie.
              </p>
            )}
          </div>
          <div className="app-ward-map__table">
            <DataTable
              caption={title}
              headings={['Ward', { text: measure.label, numeric: true }]}
              className="app-table--compact"
              describedBy={summaryId}
              foot={
                data && (
                  <tfoot>
                    <tr className="app-table__total">
                      <th scope="row">Lambeth</th>
                      <td className="app-table__numeric">{formatFigure(data.borough.total, measure.unit)}</td>
                    </tr>
                  </tfoot>
                )
              }
            >
              {figures.map((ward) => (
                <tr key={ward.code}>
                  <th scope="row">
                    <a href={paths.ward(ward.code, financialYear)}>{ward.name}</a>
                  </th>
                  <td className="app-table__numeric">{formatWardFigure(ward.figure, measure.unit)}</td>
                </tr>
              ))}
              {others.map((row) => {
                const code = row.key[0]?.code ?? UNKNOWN_WARD;
                const earlier = everyWard.find(code);
                return (
                  <tr key={code} className="app-table__other">
                    <th scope="row">
                      {earlier ? (
                        <>
                          <a href={paths.ward(earlier.code, financialYear)}>{earlier.name}</a>{' '}
                          <span className="app-table__note">ward until {formatDate(earlier.validTo ?? '')}</span>
                        </>
                      ) : (
                        (row.key[0]?.label ?? 'Unknown ward')
                      )}
                    </th>
                    <td className="app-table__numeric">{formatFigure(row.value, measure.unit)}</td>
                  </tr>
                );
              })}
            </DataTable>
            <ConfidentialLegend />
          </div>
        </div>
      )}
    </section>
  );
}

/** The wards valid at the end of the chosen year (or today, while it runs), then the map of them. */
function WardsOfYear({ measure, financialYear, coverage }: { measure: WardMeasure; financialYear: string; coverage: DataCoverage }) {
  const { wards, loading, error } = useWardsOn(mapDay(financialYear, coverage.today));
  if (error) return <ProblemMessage title="The list of wards could not be loaded" error={error} />;
  if (loading) {
    return (
      <p className="app-body" role="status">
        Loading the wards…
      </p>
    );
  }
  return <WardMap measure={measure} financialYear={financialYear} wards={wards} coverage={coverage} />;
}

function WardMapChooser({ coverage }: { coverage: DataCoverage }) {
  const { measures, loading, error } = useWardMeasures();
  const [requested, chooseMeasure] = useQueryParam('measure');
  const [financialYear, chooseYear] = useFinancialYearParam(coverage.financialYears, openingQuarter(coverage).financialYear);
  const measure = measures.find((m) => m.id === requested) ?? measures.find((m) => m.id === DEFAULT_MEASURE) ?? measures[0];

  if (error) {
    return (
      <div className="app-error-message" role="alert">
        <p className="app-error-message__title">The list of measures could not be loaded</p>
        <p>{describeError(error)}</p>
      </div>
    );
  }
  if (loading) {
    return (
      <p className="app-body" role="status">
        Loading the list of measures…
      </p>
    );
  }
  if (!measure) return <p className="app-body">No measure can be broken down by ward yet.</p>;
  return (
    <>
      <div className="app-filters app-no-print">
        <Select label="Measure" options={measures.map((m) => ({ value: m.id, text: m.label }))} value={measure.id} onChange={chooseMeasure} />
        <YearSelect years={coverage.financialYears} value={financialYear} onChange={chooseYear} />
      </div>
      <WardsOfYear measure={measure} financialYear={financialYear} coverage={coverage} />
    </>
  );
}

/** The ward tile map: the wards of the chosen year coloured by one measure, with the same figures as a table. */
export function WardMapPage() {
  useDocumentTitle('Wards');
  return (
    <>
      <h1 className="app-heading-xl">Wards</h1>
      <p className="app-body-l">
        Lambeth’s wards in the chosen year, each drawn as one equal square and placed roughly where it lies, so small wards count as
        much as large ones. Choose a ward for its page and briefing.
      </p>
      <WithDataCoverage pageTitle="Wards">{(coverage) => <WardMapChooser coverage={coverage} />}</WithDataCoverage>
    </>
  );
}
