import { describe, expect, it } from '@jest/globals';
import { completeLines, outcomeOf } from './upload-file';

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
