import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { annotationSource, monthPeriods, placeAnnotations, placeMarks, quarterPeriods, type DatedMark } from './annotation-marks';

const mark = (date: string, title: string, isBreak = false): DatedMark => ({ date, title, source: isBreak ? 'series break' : 'timeline: service', isBreak });

describe('placeMarks: the numbered events of a time chart', () => {
  const quarters = quarterPeriods(['2011/12 Q4', '2012/13 Q1', '2012/13 Q2']);

  it('numbers the marks in date order and gathers a period’s marks into one marker', () => {
    const layer = placeMarks([mark('2012-05-20', 'Campaign'), mark('2012-01-09', 'Gaia Centre opens'), mark('2012-04-02', 'Service starts')], quarters);
    expect(layer.notes.map((n) => [n.label, n.date, n.title])).toEqual([
      ['1', '2012-01-09', 'Gaia Centre opens'],
      ['2', '2012-04-02', 'Service starts'],
      ['3', '2012-05-20', 'Campaign'],
    ]);
    expect(layer.markers).toEqual([
      { key: '2011/12 Q4', label: '1', kind: 'event' },
      { key: '2012/13 Q1', label: '2, 3', kind: 'event' },
    ]);
  });

  it('keeps the API’s order for marks on one day', () => {
    const layer = placeMarks([mark('2012-04-02', 'First'), mark('2012-04-02', 'Second')], quarters);
    expect(layer.notes.map((n) => n.title)).toEqual(['First', 'Second']);
  });

  it('makes a period a break when any of its marks is one, whichever comes first', () => {
    const breakFirst = placeMarks([mark('2012-07-01', 'New recording system', true), mark('2012-08-01', 'Note')], quarters);
    const breakSecond = placeMarks([mark('2012-07-01', 'Note'), mark('2012-08-01', 'New recording system', true)], quarters);
    expect(breakFirst.markers).toEqual([{ key: '2012/13 Q2', label: '1, 2', kind: 'break' }]);
    expect(breakSecond.markers).toEqual([{ key: '2012/13 Q2', label: '1, 2', kind: 'break' }]);
  });

  it('leaves out marks outside every period, from the drawing and the list alike, including the days at the edges', () => {
    const layer = placeMarks([mark('2011-12-31', 'Before'), mark('2012-01-01', 'First day'), mark('2012-09-30', 'Last day'), mark('2012-10-01', 'After')], quarters);
    expect(layer.notes.map((n) => n.title)).toEqual(['First day', 'Last day']);
    expect(layer.markers.map((m) => m.key)).toEqual(['2011/12 Q4', '2012/13 Q2']);
  });

  it('for any marks: each one inside the chart is listed once, numbered 1 to n in date order, and drawn at its own period', () => {
    const months = monthPeriods(['2012-01', '2012-02', '2012-03', '2012-04']);
    const day = fc.date({ min: new Date('2011-11-01T00:00:00Z'), max: new Date('2012-06-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.record({ date: day, isBreak: fc.boolean() }), { maxLength: 20 }), (entries) => {
        const marks = entries.map((e, i) => mark(e.date, `event ${i}`, e.isBreak));
        const inside = marks.filter((m) => m.date >= '2012-01-01' && m.date <= '2012-04-30');
        const layer = placeMarks(marks, months);
        expect(layer.notes.map((n) => n.label)).toEqual(inside.map((_, i) => String(i + 1)));
        expect(layer.notes.map((n) => n.date)).toEqual(inside.map((m) => m.date).sort());
        const drawn = layer.markers.flatMap((m) => m.label.split(', ').map((label) => ({ label, key: m.key })));
        expect(drawn).toHaveLength(inside.length);
        for (const { label, key } of drawn) {
          const note = layer.notes.find((n) => n.label === label);
          expect(note?.date.slice(0, 7)).toBe(key);
        }
        for (const marker of layer.markers) {
          const own = layer.notes.filter((n) => n.date.slice(0, 7) === marker.key);
          const breaks = inside.filter((m) => m.isBreak && m.date.slice(0, 7) === marker.key);
          expect(marker.kind).toBe(breaks.length ? 'break' : 'event');
          expect(own.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('chart periods', () => {
  it('reads quarters as the days they cover, keyed as the axis writes them, and skips labels that are not quarters', () => {
    expect(quarterPeriods(['2011/12 Q4', 'Q9', '2012/14 Q1'], (label) => label.slice(-2))).toEqual([{ key: 'Q4', from: '2012-01-01', to: '2012-03-31' }]);
  });

  it('reads months with their last day, leap years included', () => {
    expect(monthPeriods(['2012-02', '2013-02', '2012-12', 'Feb'])).toEqual([
      { key: '2012-02', from: '2012-02-01', to: '2012-02-29' },
      { key: '2013-02', from: '2013-02-01', to: '2013-02-28' },
      { key: '2012-12', from: '2012-12-01', to: '2012-12-31' },
    ]);
  });

  it('names where an annotation comes from, and places the API’s annotations like any mark', () => {
    expect([annotationSource('note'), annotationSource('service')]).toEqual(['analyst’s note', 'timeline: service']);
    const layer = placeAnnotations([{ id: '1', date: '2012-01-09', kind: 'service', title: 'Gaia Centre opens' }], monthPeriods(['2012-01']));
    expect(layer).toEqual({
      markers: [{ key: '2012-01', label: '1', kind: 'event' }],
      notes: [{ label: '1', date: '2012-01-09', title: 'Gaia Centre opens', source: 'timeline: service' }],
    });
  });
});
