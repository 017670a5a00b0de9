// What the printable pages (the quarterly review's pack, a ward briefing) share: the header they carry
// on paper only, and the choosers-and-print-button row they show on screen only.
import type { ReactNode } from 'react';
import { useDemoData } from '../../app/demo-data-context';
import { DemoDataPrintNote } from '../../app/demo-data-notice';
import { formatDate } from '../../lib/format';
import './print.css';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Printed at the top of the page only: what it is, what period it covers, and (`notes`) who it is for
 * and how far its figures can be relied on; the demo-data warning and the date of printing follow.
 */
export function PrintHeader({ title, period, notes }: { title: ReactNode; period: ReactNode; notes: ReactNode }) {
  const demoData = useDemoData();
  return (
    <div className="app-print-only app-print-header">
      <p className="app-print-header__title">{title}</p>
      <p className="app-print-header__period">{period}</p>
      <ul className="app-print-header__notes">
        {notes}
        {demoData && <DemoDataPrintNote />}
        <li>Printed on {formatDate(today())} from VAWG Insight.</li>
      </ul>
    </div>
  );
}

/** The page's choosers (`children`) with its print button at the row's end; none of it is printed. */
export function PrintControls({ printText, secondary = false, children }: { printText: string; secondary?: boolean; children: ReactNode }) {
  return (
    <div className="app-print-controls app-no-print">
      {children}
      <button type="button" className={secondary ? 'app-button app-button--secondary' : 'app-button'} onClick={() => window.print()}>
        {printText}
      </button>
    </div>
  );
}
