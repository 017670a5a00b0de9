import { useDemoData } from '../../../app/demo-data-context';
import { DemoDataPrintNote } from '../../../app/demo-data-notice';
import { financialYearInWords, formatDate } from '../../../lib/format';
import { quarterInWords, type Quarter } from '../../../lib/financial-periods';
import '../../../components/print/print-header.css';

export function PrintButton() {
  return (
    <button type="button" className="app-button app-no-print" onClick={() => window.print()}>
      Print this pack
    </button>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Printed at the top of the meeting pack only: what period it covers, and how far its figures can be relied on. */
export function PrintHeader({ financialYear, quarter, illustrativeTargets }: { financialYear: string; quarter: Quarter; illustrativeTargets: boolean }) {
  const demoData = useDemoData();
  return (
    <div className="app-print-only app-print-header">
      <p className="app-print-header__title">VAWG Operational Group: quarterly review pack</p>
      <p className="app-print-header__period">
        {financialYear} Q{quarter}: {quarterInWords(financialYear, quarter)} ({financialYearInWords(financialYear)})
      </p>
      <ul className="app-print-header__notes">
        {illustrativeTargets && (
          <li>
            <strong>Illustrative targets</strong>: set for demonstration, not agreed by the partnership.
          </li>
        )}
        {demoData && <DemoDataPrintNote />}
        <li>Printed on {formatDate(today())} from VAWG Insight.</li>
      </ul>
    </div>
  );
}
