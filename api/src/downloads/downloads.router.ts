import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../access/roles';
import { recordAudit } from '../audit/audit-log.service';
import { mustAudit } from '../audit/audit-entry';
import { DIMENSIONS, type Dimension } from '../datasets/dataset-catalogue';
import { answerFigures } from '../figures/answer-figures';
import type { FigureArgs } from '../figures/figure-query';
import { FILTER_FIELDS } from '../figures/figure-query';
import type { Granularity } from '../shared/financial-periods';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { callerOf } from '../access/authenticate';
import { badUserInput } from '../shared/errors';
import { toCsv, toXlsx } from './figures-download';
import { figuresTable, type FiguresTable } from '../figures/figures-table';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import { readsFor } from '../context/replica-reads';
import { quarterlyReturn } from '../returns/quarterly-return.service';
import { returnTable } from '../returns/return-table';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badUserInput(name, 'give it once, as text');
  return value;
}

const list = (text: string | undefined) => (text === undefined || text === '' ? undefined : text.split(','));

/** The figures arguments of a download link: the same names as the GraphQL query, lists comma-separated. */
export function figureArgsFromQuery(req: Request): FigureArgs {
  const groupBy = list(single(req, 'groupBy'));
  const unknown = groupBy?.find((d) => !(DIMENSIONS as readonly string[]).includes(d));
  if (unknown) throw badUserInput('groupBy', `"${unknown}" is not a dimension; use ${DIMENSIONS.join(', ')}`);
  const granularity = single(req, 'granularity');
  if (granularity && !['MONTH', 'QUARTER', 'FINANCIAL_YEAR'].includes(granularity)) throw badUserInput('granularity', 'use MONTH, QUARTER or FINANCIAL_YEAR');
  const filter: Record<string, string[]> = {};
  for (const field of Object.values(FILTER_FIELDS)) {
    const codes = list(single(req, `filter.${field}`));
    if (codes) filter[field] = codes;
  }
  return {
    measure: single(req, 'measure') ?? '',
    financialYear: single(req, 'financialYear') ?? null,
    from: single(req, 'from') ?? null,
    to: single(req, 'to') ?? null,
    granularity: (granularity as Granularity | undefined) ?? null,
    groupBy: (groupBy as Dimension[] | undefined) ?? null,
    filter: Object.keys(filter).length ? filter : null,
  };
}

function describe(args: FigureArgs): string {
  const period = args.financialYear ? `financial year ${args.financialYear}` : `${args.from ?? 'the start'} to ${args.to ?? 'today'}`;
  return `VAWG Insight figures for ${period}${args.granularity ? ` by ${args.granularity.toLowerCase().replace('_', ' ')}` : ''}.`;
}

/** Who identifyCaller found (a bearer token, an API key or a sign-in session), or the reason there is none. */
function requestUser(res: Response): AuthUser {
  const caller = callerOf(res);
  if ('refusal' in caller) throw caller.refusal;
  return caller.user;
}

/** CSV and XLSX downloads of any figures answer, through the same checks as the API; mounted after identifyCaller. */
export function downloadsRouter(dataSource: DataSource, reference: () => Promise<ReferenceCatalogue>): Router {
  const router = Router();
  router.get('/figures.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(404).json({ error: 'Downloads come as figures.csv or figures.xlsx.' });
      return;
    }
    try {
      const user = requestUser(res);
      const args = figureArgsFromQuery(req);
      try {
        const result = await answerFigures({ user, dataSource: readsFor(dataSource, user), reference }, args);
        const table = figuresTable(result, describe(args));
        if (mustAudit(user, 'query')) await recordAudit(dataSource, user, `download figures.${format}`, args, result.rows.length, 'ok');
        const name = `${result.measure.id}-${(args.financialYear ?? 'range').replace('/', '-')}.${format}`;
        await sendTable(res, table, name, format);
      } catch (error) {
        if (error instanceof GraphQLError && mustAudit(user, 'query')) {
          await recordAudit(dataSource, user, `download figures.${format}`, args, null, `error: ${String(error.extensions.code)}`);
        }
        throw error;
      }
    } catch (error) {
      sendError(res, error);
    }
  });
  router.get('/quarterly-return.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(404).json({ error: 'The quarterly return comes as quarterly-return.csv or quarterly-return.xlsx.' });
      return;
    }
    try {
      const user = requestUser(res);
      const financialYear = single(req, 'financialYear') ?? '';
      const data = await withRowScope(readsFor(dataSource, user), user, ALL_ROWS, (manager) => quarterlyReturn(manager, financialYear));
      if (mustAudit(user, 'query')) await recordAudit(dataSource, user, `download quarterly-return.${format}`, { financialYear }, data.lines.length, 'ok');
      await sendTable(res, returnTable(data), `quarterly-return-${financialYear.replace('/', '-')}.${format}`, format);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}

/** A refusal as JSON, with the status its GraphQL code stands for and the argument to blame. */
function sendError(res: Response, error: unknown): void {
  if (!(error instanceof GraphQLError)) throw error;
  const code = String(error.extensions.code);
  res.status(STATUS[code] ?? 400).json({ error: error.message, code, ...(error.extensions.argument ? { argument: error.extensions.argument } : {}) });
}

async function sendTable(res: Response, table: FiguresTable, name: string, format: 'csv' | 'xlsx'): Promise<void> {
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
  if (format === 'csv') res.type('text/csv; charset=utf-8').send(`\uFEFF${toCsv(table)}`);
  else res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table));
}
