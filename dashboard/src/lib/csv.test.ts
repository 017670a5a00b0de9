import { describe, expect, it } from '@jest/globals';
import { neutraliseFormula, toCsv } from './csv';

describe('CSV downloads built in the browser', () => {
  it('writes RFC 4180: CRLF line ends, quotes only where needed, doubled quotes inside, empty for a withheld figure', () => {
    expect(toCsv(['ward', 'referrals'], [['Oval', 12], ['Stockwell, north', null], ['The "Cut"', 3]])).toBe(
      'ward,referrals\r\nOval,12\r\n"Stockwell, north",\r\n"The ""Cut""",3\r\n',
    );
  });

  it('turns text a spreadsheet would run as a formula into text, and leaves the dashboard’s own numbers alone', () => {
    expect(['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', ''].map(neutraliseFormula)).toEqual([
      '\'=HYPERLINK("x")', '\'+1', '\'-1', '\'@SUM(A1)', '\'\tx', '\'\rx', 'a=b', '',
    ]);
    expect(toCsv(['note', 'change'], [['=1+1', -5]])).toBe('note,change\r\n\'=1+1,-5\r\n');
    expect(toCsv(['note'], [['=A1,"B"']])).toBe('note\r\n"\'=A1,""B"""\r\n');
  });
});
