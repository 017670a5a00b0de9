/** PostgreSQL's SQLSTATE classes for a server that is going, gone or not yet back. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']); // admin/crash shutdown, cannot connect now, too many connections

/** Node's and pg's words for a connection that could not be made or was cut. */
const UNAVAILABLE_MESSAGES = /Connection terminated|connection (?:timeout|error)|Client has encountered a connection error|terminating connection|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|timeout exceeded when trying to connect|Client was closed/i;

/**
 * True when an error means the database cannot be reached (stopped, restarting, connection cut),
 * as opposed to a mistake in a query: the first is worth retrying, the second is a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, driverError } = current as { code?: unknown; message?: unknown; driverError?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = driverError ?? (current as { cause?: unknown }).cause; // TypeORM wraps pg's error; others chain a cause
  }
  return false;
}
