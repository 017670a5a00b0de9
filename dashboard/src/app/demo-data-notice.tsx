import { Notice } from '../components/govuk/notice';
import '../components/govuk/notice.css';

/** How the demo data was made, for every place that says so (the notice, the printed pack and briefing): no year in it, as the data runs to today. */
const HOW_MADE = 'generated to match the partnership’s published figures where there are any, and carried on to the latest complete quarter';

export const DEMO_DATA_MESSAGE = `This dashboard shows synthetic demo data, ${HOW_MADE}. It is not real case data.`;

export function DemoDataNotice() {
  return (
    <Notice label="Demo data">
      <p className="app-notice__text">
        <strong className="app-tag">Demo data</strong> <span>{DEMO_DATA_MESSAGE}</span>
      </p>
    </Notice>
  );
}

/** The printed pack's and briefing's line about the data. */
export function DemoDataPrintNote() {
  return (
    <li>
      <strong>Synthetic demo data</strong>: {HOW_MADE}; not real case data.
    </li>
  );
}
