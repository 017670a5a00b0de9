import { today } from '../config';
import { badUserInput } from '../shared/errors';
import { checkedDate } from '../shared/argument-validation';
import type { Queryable } from '../shared/queryable';
import type { WardType } from './ward.type';

const COLUMNS = `gss_code AS code, name, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", vintage`;

/** The wards valid on a day (by name), or with `all` every ward of every vintage, oldest first. */
export async function listWards(q: Queryable, args: { on?: string | null; all?: boolean | null }): Promise<WardType[]> {
  if (args.all) {
    if (args.on != null) throw badUserInput('on', 'give on (the wards of one day) or all: true (every vintage), not both');
    return q.query(`SELECT ${COLUMNS} FROM ward ORDER BY valid_from, vintage, name`);
  }
  const on = checkedDate('on', args.on ?? today());
  return q.query(`SELECT ${COLUMNS} FROM ward WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1) ORDER BY name`, [on]);
}
