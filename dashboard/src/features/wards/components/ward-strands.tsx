import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { ConfidentialLegend } from '../../../components/confidential-legend';
import { WardStrandsDocument } from '../../../graphql/generated/graphql';
import { describeError, isNotCollected, notCollectedMessage } from '../../../lib/describe-error';
import { formatNumber, listInWords } from '../../../lib/format';
import type { Ward } from '../../../graphql/wards';
import type { KeyedFigure } from '../graphql/types';
import { TOO_SMALL, yearSpan } from '../ward-statements';
import { DataTable } from '../../../components/data-table';

const TOP = 5;

interface RankedStrand {
  code: string;
  label: string;
  value: number;
}

/** The strands with the most referrals, largest first; withheld figures cannot be ranked and are left out. */
export function topStrands(rows: readonly KeyedFigure[], count = TOP): RankedStrand[] {
  return rows
    .flatMap((row) => (row.value !== null && row.value > 0 && row.key[0] ? [{ code: row.key[0].code, label: row.key[0].label, value: row.value }] : []))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, count);
}

function withheldStrands(rows: readonly KeyedFigure[]): string[] {
  return rows.filter((row) => row.suppressed).map((row) => row.key[0]?.label ?? '');
}

/** The ward's top five Gaia strands; where the ward's numbers are too small, Lambeth's top five in words. */
export function WardStrands({ ward, financialYear }: { ward: Ward; financialYear: string }) {
  const headingId = useId();
  const { data, loading, error } = useQuery(WardStrandsDocument, { variables: { financialYear, ward: ward.code }, errorPolicy: 'all' });
  const wardRows = data?.ward?.rows ?? [];
  const ranked = topStrands(wardRows);
  const withheld = withheldStrands(wardRows);
  const borough = topStrands(data?.borough?.rows ?? []);
  const span = yearSpan(financialYear);

  let body;
  if (loading) {
    body = (
      <p className="app-body" role="status">
        Loading Gaia Centre referrals by strand…
      </p>
    );
  } else if (isNotCollected(error)) {
    body = <p className="app-body">{notCollectedMessage(error)}</p>;
  } else if (!data?.ward) {
    body = (
      <div className="app-error-message">
        <p className="app-error-message__title">The strands could not be loaded</p>
        <p>{describeError(error)}</p>
      </div>
    );
  } else if (ranked.length === 0 && withheld.length === 0) {
    body = (
      <p className="app-body">
        The Gaia Centre received no referrals from {ward.name} in {span}.
      </p>
    );
  } else if (ranked.length === 0) {
    body = (
      <p className="app-body app-briefing__fallback">
        {TOO_SMALL} {borough.length > 0 ? `Across Lambeth, the strands with the most referrals in ${span} were ${listInWords(borough.map((s) => `${s.label} (${formatNumber(s.value)})`))}.` : ''}
      </p>
    );
  } else {
    body = (
      <>
        <DataTable
          caption={
            <>
              Top strands of Gaia Centre referrals from {ward.name}, {financialYear}
            </>
          }
          headings={[{ text: 'Rank', numeric: true }, 'Strand', { text: 'Referrals', numeric: true }]}
          className="app-table--compact"
        >
          {ranked.map((strand, index) => (
            <tr key={strand.code}>
              <td className="app-table__numeric">{index + 1}</td>
              <th scope="row">{strand.label}</th>
              <td className="app-table__numeric">{formatNumber(strand.value)}</td>
            </tr>
          ))}
        </DataTable>
        {withheld.length > 0 && <p className="app-body">Withheld to protect individuals ([c]), so not ranked: {listInWords(withheld)}.</p>}
        <ConfidentialLegend />
      </>
    );
  }

  return (
    <section className="app-section app-briefing__keep" aria-labelledby={headingId}>
      <h2 className="app-heading-l" id={headingId}>
        Gaia Centre referrals by strand
      </h2>
      <p className="app-body">The Gaia Centre supports women and girls across eight strands of violence against women and girls. The strands most referred from {ward.name}:</p>
      {body}
    </section>
  );
}
