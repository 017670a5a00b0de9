import { loadConfig } from '../config';
import { parseFlags, UsageError } from '../shared/cli-args';
import { isRole, ROLES } from './roles';
import { signToken } from './token.service';

const USAGE = `Usage: npm run token -- --role ROLE [--ward GSS_CODE]... [--hours N]
  ROLE is one of: ${ROLES.join(', ')}; a councillor needs at least one --ward: the GSS code of a ward they represent, e.g. E05014095 (Brixton Acre Lane, one of the wards since May 2022; Query.wards lists them).
Prints a signed token the local server accepts; send it as "Authorization: Bearer <token>".`;

async function main(argv: string[]): Promise<number> {
  try {
    const flags = parseFlags(argv, { values: ['role', 'hours'], repeatable: ['ward'], booleans: ['help'] });
    if (flags.help) {
      console.log(USAGE);
      return 0;
    }
    if (!isRole(flags.role)) throw new UsageError(`--role must be one of: ${ROLES.join(', ')}`);
    const wards = (flags.ward as string[] | undefined) ?? [];
    if (wards.some((w) => !/^E05\d{6}$/.test(w))) throw new UsageError('--ward must be a GSS ward code like E05014095');
    if (flags.role === 'councillor' && wards.length === 0) throw new UsageError('a councillor token needs at least one --ward');
    const hours = flags.hours === undefined ? 12 : Number(flags.hours);
    if (!(hours > 0 && hours <= 24 * 31)) throw new UsageError('--hours must be a number from 1 to 744');
    const token = await signToken(loadConfig().jwtSecret, { subject: `cli:${flags.role}`, role: flags.role, wards }, Math.round(hours * 3600));
    console.log(token);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
