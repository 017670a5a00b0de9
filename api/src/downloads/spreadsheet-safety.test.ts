import { csvField, neutraliseFormula } from './spreadsheet-safety';

describe('spreadsheet formula injection', () => {
  it.each(['=HYPERLINK("http://x","click")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('shows %j as text, not a formula', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text and codes alone', () => {
    expect(neutraliseFormula('Oval')).toBe('Oval');
    expect(neutraliseFormula('2012/13 Q1')).toBe('2012/13 Q1');
  });

  it('quotes CSV fields after neutralising them', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField("Crimes committed in the name of 'honour'")).toBe("Crimes committed in the name of 'honour'");
    expect(csvField('say "no"')).toBe('"say ""no"""');
  });
});
