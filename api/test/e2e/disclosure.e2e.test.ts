import { runCli } from '../run-cli';
import { graphql, startServer, type StartedServer } from './start-server';

let server: StartedServer;
const tokens: Record<string, string> = {};
const OVAL = 'E05000426';
const QUERY = `query($groupBy: [Dimension!], $filter: FigureFilter, $granularity: Granularity) {
  figures(measure: "gaia.referrals", financialYear: "2012/13", groupBy: $groupBy, filter: $filter, granularity: $granularity) {
    total suppressed rows { period { label } key { code } value suppressed }
  }
}`;

type Row = { period: { label: string } | null; key: { code: string }[]; value: number | null; suppressed: boolean };

beforeAll(async () => {
  server = await startServer();
  const token = (...args: string[]) => runCli('src/access/token.cli.ts', args, server.env).stdout.trim();
  tokens.member = token('--role', 'member');
  tokens.funder = token('--role', 'funder');
  tokens.councillor = token('--role', 'councillor', '--ward', OVAL);
});
afterAll(() => server.stop());

const ask = async (role: string, variables: Record<string, unknown>) => {
  const { body } = await graphql(server.url, tokens[role], QUERY, variables);
  if (body.errors) throw new Error(body.errors[0].message);
  return body.data?.figures as { total: number | null; suppressed: boolean; rows: Row[] };
};

describe('disclosure control on figures', () => {
  it('withholds small counts of people from a funder, and shows a member every figure', async () => {
    const member = await ask('member', { groupBy: ['WARD', 'STRAND'] });
    const funder = await ask('funder', { groupBy: ['WARD', 'STRAND'] });
    expect(member.rows.every((r) => !r.suppressed && r.value !== null)).toBe(true);
    expect(member.rows.some((r) => r.value! >= 1 && r.value! <= 4)).toBe(true); // the demo data has small cells
    const suppressed = funder.rows.filter((r) => r.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.value === null)).toBe(true);
    // Every small cell the member sees is withheld from the funder; nothing the funder sees is small.
    const memberValue = new Map(member.rows.map((r) => [r.key.map((k) => k.code).join('|'), r.value]));
    for (const row of funder.rows) {
      const value = memberValue.get(row.key.map((k) => k.code).join('|'))!;
      const threshold = ['fgm', 'forced_marriage', 'honour_based_violence', 'trafficking'].includes(row.key[1].code) ? 10 : 5;
      if (value >= 1 && value < threshold) expect(row.suppressed).toBe(true);
      if (!row.suppressed) expect(row.value).toBe(value);
    }
    expect(funder.total).toBe(1571); // the borough total is published
  });

  it('withholds the same cells for the same request every time', async () => {
    const first = await ask('funder', { groupBy: ['STRAND'], granularity: 'MONTH' });
    const second = await ask('funder', { groupBy: ['STRAND'], granularity: 'MONTH' });
    expect(second).toEqual(first);
  });

  it('never lets a withheld ward be worked out from the borough total and the other wards', async () => {
    const funder = await ask('funder', { groupBy: ['WARD'], granularity: 'QUARTER' });
    const byQuarter = new Map<string, Row[]>();
    for (const row of funder.rows) byQuarter.set(row.period!.label, [...(byQuarter.get(row.period!.label) ?? []), row]);
    for (const rows of byQuarter.values()) expect(rows.filter((r) => r.suppressed).length).not.toBe(1);
  });

  it("shows a councillor their own ward under disclosure control, with the ward's total protected too", async () => {
    const oval = await ask('councillor', { groupBy: ['STRAND'], filter: { ward: [OVAL] } });
    const member = await ask('member', { groupBy: ['STRAND'], filter: { ward: [OVAL] } });
    for (const row of oval.rows) {
      const value = member.rows.find((r) => r.key[0].code === row.key[0].code)!.value!;
      if (value < 5) expect(row.suppressed).toBe(true);
    }
    const grouped = await ask('councillor', { groupBy: ['WARD'] });
    expect(grouped.rows.map((r) => r.key[0].code)).toEqual([OVAL]);
    expect(grouped.total === null ? grouped.suppressed : grouped.total === grouped.rows[0].value).toBe(true);
  });

  it('marks withheld cells [c] in a CSV download, with the legend', async () => {
    const response = await fetch(`${server.url}/downloads/figures.csv?measure=gaia.referrals&financialYear=2012/13&groupBy=WARD,STRAND`, { headers: { authorization: `Bearer ${tokens.funder}` } });
    const text = await response.text();
    expect(text).toContain(',[c]\r\n');
    expect(text).toContain('[c] confidential: a small number withheld to protect individuals');
  });
});
