import { describe, expect, it } from '@jest/globals';
import { auditCsv } from './audit-csv';
import { filterFileName, filterParams, filtersFrom } from './audit-filters';

describe('the audit log as CSV', () => {
  it('writes one row per entry, arguments as JSON, a formula-like subject made text', () => {
    const csv = auditCsv([
      { id: '12', at: '2026-03-01T09:00:00.000Z', subject: '=cmd', role: 'funder', operation: 'query figures', arguments: { figures: { measure: 'gaia.referrals' } }, rowsReturned: 4, outcome: 'ok', documentHash: null },
    ]);
    expect(csv).toBe(
      'id,at,subject,role,operation,outcome,rows_returned,document_hash,arguments\r\n' +
        `12,2026-03-01T09:00:00.000Z,'=cmd,funder,query figures,ok,4,,"{""figures"":{""measure"":""gaia.referrals""}}"\r\n`,
    );
  });
});

describe('the audit log’s filters in the address', () => {
  it('reads the filters given, ignoring empty ones, and writes them back', () => {
    const filters = filtersFrom(new URLSearchParams('subject=api-key%3A3&role=&operation=%20download%20&from=2026-03-01&x=1'));
    expect(filters).toEqual({ subject: 'api-key:3', operation: 'download', from: '2026-03-01' });
    expect(filterParams(filters)).toEqual({ subject: 'api-key:3', role: null, operation: 'download', from: '2026-03-01', to: null });
  });

  it('names the file for its filters', () => {
    expect(filterFileName({})).toBe('audit-log.csv');
    expect(filterFileName({ subject: 'api-key:3', from: '2026-03-01' })).toBe('audit-log_subject-api-key-3_from-2026-03-01.csv');
  });
});
