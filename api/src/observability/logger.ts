import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config';

export type { Logger } from 'pino';

/**
 * Never in a log line, whatever a caller passes by mistake: tokens, keys, cookies, GraphQL
 * variables (they can carry a whole partner file) and CSV text.
 */
const REDACTED_PATHS = [
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', 'req.headers.authorization', 'req.headers.cookie',
  'token', '*.token', 'key', '*.key', 'cookie', '*.cookie', 'variables', '*.variables', 'csv', '*.csv',
];

/** An error's class, message, code and stack: never the query parameters or row values a driver attaches. */
export function errorSummary(error: unknown): { type: string; message: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, 500) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message.slice(0, 2000), ...(typeof code === 'string' ? { code } : {}), stack: error.stack };
}

/** Structured JSON lines on stdout, one per event, each request's lines carrying its request id (reqId). */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'vawg-insight' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: errorSummary },
    },
    destination,
  );
}
