import { useQuery } from '@apollo/client/react';
import { paths } from '../../../app/paths';
import { useDimensionValues } from '../../../graphql/dimension-values';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { WithDataCoverage } from '../../../components/with-data-coverage';
import type { DataCoverage } from '../../../graphql/data-coverage';
import { MeasureCatalogueDocument } from '../../../graphql/generated/graphql';
import { useAllWards } from '../../../graphql/wards';
import { formatMonth } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { CatalogueMeasure } from '../graphql/types';
import { useSeriesFilter } from '../hooks/use-series-filter';
import { SeriesFilters } from './series-filters';
import { SpcSection } from './spc-section';
import '../measure.css';

/** /measures/:id — one measure's SPC chart, for everything or one strand or ward. */
export function MeasurePage({ measureId }: { measureId: string }) {
  const { data, loading, error } = useQuery(MeasureCatalogueDocument);
  const measures = data?.measures ?? [];
  const measure = measures.find((candidate) => candidate.id === measureId);
  useDocumentTitle(measure?.label ?? (loading ? 'Measure' : 'Measure not found'));

  if (error) {
    return (
      <>
        <h1 className="app-heading-xl">Measure</h1>
        <ProblemMessage title="The measure could not be loaded" error={error} />
      </>
    );
  }
  if (loading) {
    return (
      <p className="app-body" role="status">
        Loading the measure…
      </p>
    );
  }
  if (!measure) {
    return (
      <>
        <h1 className="app-heading-xl">Measure not found</h1>
        <p className="app-body">
          There is no measure with the id “{measureId}”. If you typed the web address, check it is correct. The measures are:
        </p>
        <ul className="app-list app-list--bullet">
          {measures.map((candidate) => (
            <li key={candidate.id}>
              <a className="app-link" href={paths.measure(candidate.id)}>
                {candidate.label}
              </a>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return <WithDataCoverage pageTitle={measure.label}>{(coverage) => <MeasureDetail measure={measure} coverage={coverage} />}</WithDataCoverage>;
}

function MeasureDetail({ measure, coverage }: { measure: CatalogueMeasure; coverage: DataCoverage }) {
  const filter = useSeriesFilter(measure.dimensions);
  const strands = useDimensionValues(measure.id, 'STRAND', coverage, { skip: !measure.dimensions.includes('STRAND') });
  const wardValues = useDimensionValues(measure.id, 'WARD', coverage, { skip: !measure.dimensions.includes('WARD') });
  const wardList = useAllWards();
  // Both boundary sets have figures over the years covered, and some names are in both: say which an earlier ward is.
  const wardChoices = {
    ...wardValues,
    values: wardValues.values.map((value) => {
      const ward = wardList.find(value.code);
      return ward?.validTo ? { ...value, label: `${value.label} (ward to ${formatMonth(ward.validTo)})` } : value;
    }),
  };
  const labelOf = (values: { code: string; label: string }[], code: string | null) =>
    code === null ? null : (values.find((value) => value.code === code)?.label ?? code);

  return (
    <>
      <span className="app-caption-l">Measure detail</span>
      <h1 className="app-heading-xl">{measure.label}</h1>
      <p className="app-body-l">{measure.description}</p>
      <SeriesFilters
        strands={measure.dimensions.includes('STRAND') ? strands : undefined}
        wards={measure.dimensions.includes('WARD') ? wardChoices : undefined}
        strand={filter.strand}
        ward={filter.ward}
        onStrand={filter.setStrand}
        onWard={filter.setWard}
      />
      <SpcSection
        measure={measure}
        strand={filter.strand}
        ward={filter.ward}
        strandLabel={labelOf(strands.values, filter.strand)}
        wardLabel={labelOf(wardValues.values, filter.ward)}
        coverage={coverage}
      />
    </>
  );
}
