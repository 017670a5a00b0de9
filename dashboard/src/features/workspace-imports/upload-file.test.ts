import { describe, expect, it } from '@jest/globals';
import { spokenProgress } from './components/upload-progress';
import { completeLines, outcomeOf, stoppedProblem } from './upload-file';

const report = { dataset: 'arrests', status: 'checked', checksum: 'c', rowsRead: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0, issues: [], batchId: null, rejectedCsv: null };

describe('reading the server’s NDJSON answer as it arrives', () => {
  it('takes only complete lines, and says where the unfinished one starts', () => {
    const text = '{"progress":{"bytes":10,"rows":1}}\n{"progress":{"bytes":20,';
    expect(completeLines(text, 0)).toEqual({ lines: [{ progress: { bytes: 10, rows: 1 } }], next: 35 });
    expect(completeLines(text, 35)).toEqual({ lines: [], next: 35 });
    expect(completeLines(`${text}"rows":2}}\n`, 35)).toEqual({ lines: [{ progress: { bytes: 20, rows: 2 } }], next: 70 });
  });

  it('finds the report in the last line, and a refusal in words', () => {
    expect(outcomeOf(200, `{"progress":{"bytes":1,"rows":0}}\n${JSON.stringify({ report })}\n`)).toEqual({ report });
    expect(outcomeOf(413, '{"error":"Refused: the file is larger than 20 MB","code":"PAYLOAD_TOO_LARGE"}')).toEqual({ problem: 'Refused: the file is larger than 20 MB' });
    expect(outcomeOf(200, '{"progress":{"bytes":1,"rows":0}}\n{"error":{"status":413,"error":"Refused: too large"}}\n')).toEqual({ problem: 'Refused: too large' });
    expect(outcomeOf(200, '{"progress":{"bytes":1,"rows":0}}\n')).toEqual({ problem: 'The server’s answer ended before its report: nothing may have been stored. Look at the import history, then try again.' });
    expect(outcomeOf(502, '<html>')).toEqual({ problem: 'The server could not take the file (HTTP 502). Try again in a few minutes.' });
  });
});

describe('stopping an upload', () => {
  it('says nothing was stored only while the file was still being sent', () => {
    expect(stoppedProblem(false, false)).toBe('The import was stopped before the whole file was sent. Nothing from the file was stored.');
    expect(stoppedProblem(false, true)).toBe('The import was stopped after the whole file was sent: the server may have imported it. Look at the import history below before sending the file again.');
    expect(stoppedProblem(true, true)).toBe('The check was stopped. Nothing was stored.');
  });
});

describe('the progress said in the live region', () => {
  it('changes at each phase and each quarter of the file, not on every progress event', () => {
    const MB = 1024 * 1024;
    const sending = (sent: number) => spokenProgress({ phase: 'sending', sent, total: 4 * MB }, false);
    expect(new Set([1, 100_000, MB - 1].map(sending))).toEqual(new Set(['Sending the file: 0% of 4 MB sent']));
    expect(new Set([MB, 1.5 * MB, 2 * MB - 1].map(sending))).toEqual(new Set(['Sending the file: 25% of 4 MB sent']));
    expect(sending(4 * MB)).toBe('Sent all 4 MB; the server is importing the rows…');
    const reading = (bytes: number) => spokenProgress({ phase: 'reading', bytes, rows: bytes / 40, total: 4 * MB }, true);
    expect(new Set([2 * MB, 2.5 * MB, 3 * MB - 1].map(reading))).toEqual(new Set(['The server is reading the rows: 50% of the file read']));
    expect(reading(4 * MB)).toBe('The server is reading the rows: 100% of the file read');
  });
});
