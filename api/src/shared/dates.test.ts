import fc from 'fast-check';
import { addDays, addMonths } from './dates';

/** What a date string and Date's own calendar say, the slow way the arithmetic replaced. */
function byDateString(isoDate: string, months: number, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const isoDates = fc.date({ min: new Date('0003-01-01T00:00:00Z'), max: new Date('9996-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('date arithmetic on YYYY-MM-DD', () => {
  it('moves by days as the calendar does, across month ends, leap days and the years 0 to 99', () => {
    fc.assert(fc.property(isoDates, fc.integer({ min: -800, max: 800 }), (date, days) => addDays(date, days) === byDateString(date, 0, days)), { numRuns: 5000 });
  });

  it('moves by months as JavaScript does: a month end past the next month\'s end rolls over', () => {
    fc.assert(fc.property(isoDates, fc.integer({ min: -30, max: 30 }), (date, months) => addMonths(date, months) === byDateString(date, months, 0)), { numRuns: 5000 });
    expect(addMonths('2013-01-31', 1)).toBe('2013-03-03');
    expect(addMonths('2012-01-31', 1)).toBe('2012-03-02');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(() => addMonths('31/03/2013', 1)).toThrow('Not a date written YYYY-MM-DD: "31/03/2013"');
  });
});
