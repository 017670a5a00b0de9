/** A small, strict flag parser: unknown flags are usage errors, so a typo never imports by accident. */
export class UsageError extends Error {}

export function parseFlags(argv: string[], spec: { values: string[]; repeatable?: string[]; booleans?: string[] }): Record<string, string | string[] | boolean> {
  const result: Record<string, string | string[] | boolean> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    if (spec.booleans?.includes(name)) {
      result[name] = true;
    } else if (spec.values.includes(name) || spec.repeatable?.includes(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i += 1;
      if (spec.repeatable?.includes(name)) result[name] = [...((result[name] as string[]) ?? []), value];
      else result[name] = value;
    } else {
      throw new UsageError(`unknown option "${arg}"`);
    }
  }
  return result;
}
