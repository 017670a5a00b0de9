import { Notice } from '../components/govuk/notice';

export const DEMO_DATA_MESSAGE =
  'This dashboard shows synthetic demo data, generated to match the published 2012/13 figures. It is not real case data.';

export function DemoDataNotice() {
  return (
    <Notice label="Demo data">
      <p className="app-notice__text">
        <strong className="app-tag">Demo data</strong> <span>{DEMO_DATA_MESSAGE}</span>
      </p>
    </Notice>
  );
}
