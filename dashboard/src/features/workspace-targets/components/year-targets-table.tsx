import { Tag } from '../../../components/govuk/tag';
import { formatFigure, formatNumber } from '../../../lib/format';
import type { WorkspaceTarget } from '../graphql/types';
import { POLARITY_CHOICES } from '../target-form-state';
import { DataTable } from '../../../components/data-table';

const directionText = (target: WorkspaceTarget) => POLARITY_CHOICES.find((c) => c.value === target.polarity)?.text ?? target.polarity;

function profileText(target: WorkspaceTarget): string {
  if (target.value === null) return 'None';
  if (target.measure.unit === 'PERCENT') return 'Held all year';
  const even = target.quarterlyProfile.every((q) => Math.abs(q - (target.quarterlyProfile[0] ?? q)) < 1e-9);
  return `${even ? 'Even: ' : ''}${target.quarterlyProfile.map((q) => formatNumber(q)).join(', ')}`;
}

/** A year's targets as set, one row each, with a button that puts the row in the form to change it. */
export function YearTargetsTable({ financialYear, targets, onChange }: { financialYear: string; targets: readonly WorkspaceTarget[]; onChange: (target: WorkspaceTarget) => void }) {
  return (
    <DataTable
      caption={
        <>
          Targets for {financialYear} ({targets.length})
        </>
      }
      headings={['Measure', { text: 'Target', numeric: true }, 'Direction', { text: 'Tolerance', numeric: true }, 'Quarterly profile (Q1 to Q4)', 'Owner', { text: 'Action', hidden: true }]}
      scroll
    >
      {targets.map((target) => (
        <tr key={target.id}>
          <th scope="row">
            {target.measure.label}
            {target.illustrative && (
              <span className="app-table__note">
                <Tag colour="grey">Illustrative</Tag>
              </span>
            )}
          </th>
          <td className="app-table__numeric">{target.value === null ? 'None' : formatFigure(target.value, target.measure.unit)}</td>
          <td>{directionText(target)}</td>
          <td className="app-table__numeric">{formatNumber(target.tolerance * 100)}%</td>
          <td>{profileText(target)}</td>
          <td>{target.ownerPartner ?? 'Not given'}</td>
          <td>
            <button type="button" className="app-link-button" onClick={() => onChange(target)}>
              Change<span className="app-visually-hidden"> the target for {target.measure.label}</span>
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
