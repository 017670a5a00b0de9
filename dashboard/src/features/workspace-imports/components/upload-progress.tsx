import { formatNumber } from '../../../lib/format';
import type { UploadProgress as Progress } from '../upload-file';

/** "1.2 MB": sizes as people say them. */
export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

function describe(progress: Progress | null, dryRun: boolean): { text: string; value: number | undefined; max: number } {
  if (!progress) return { text: 'Starting to send the file…', value: undefined, max: 1 };
  if (progress.phase === 'sending') {
    const done = progress.sent >= progress.total;
    return {
      text: done ? `Sent all ${describeSize(progress.total)}; the server is ${dryRun ? 'checking' : 'importing'} the rows…` : `Sending the file: ${describeSize(progress.sent)} of ${describeSize(progress.total)}`,
      value: progress.sent,
      max: Math.max(progress.total, 1),
    };
  }
  return { text: `The server has read ${formatNumber(progress.rows)} rows (${describeSize(progress.bytes)} of ${describeSize(progress.total)})`, value: progress.bytes, max: Math.max(progress.total, 1) };
}

/**
 * The words the live region says: they change only when the phase does or another quarter is done,
 * so a screen reader is not read a new sentence on every progress event; the bar carries the rest.
 */
export function spokenProgress(progress: Progress | null, dryRun: boolean): string {
  if (!progress) return 'Starting to send the file…';
  const quarters = (done: number, total: number) => `${Math.min(100, Math.floor((done / Math.max(total, 1)) * 4) * 25)}%`;
  if (progress.phase === 'sending') {
    if (progress.sent >= progress.total) return `Sent all ${describeSize(progress.total)}; the server is ${dryRun ? 'checking' : 'importing'} the rows…`;
    return `Sending the file: ${quarters(progress.sent, progress.total)} of ${describeSize(progress.total)} sent`;
  }
  return `The server is reading the rows: ${quarters(progress.bytes, progress.total)} of the file read`;
}

/** A progress bar (every event) and, for screen readers, its phase and quarters in words in a live region. */
export function UploadProgress({ progress, dryRun }: { progress: Progress | null; dryRun: boolean }) {
  const { text, value, max } = describe(progress, dryRun);
  const spoken = spokenProgress(progress, dryRun);
  return (
    <div className="app-upload-progress">
      <label className="app-label" htmlFor="upload-progress">
        {dryRun ? 'Checking the file' : 'Importing the file'}
      </label>
      <progress id="upload-progress" className="app-upload-progress__bar" max={max} value={value}>
        {text}
      </progress>
      <p className="app-body" role="status" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
