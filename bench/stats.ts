/** Nearest-rank percentile of a list of milliseconds. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export const timing = (values: number[]): Timing => ({ p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), runs: values.length });

export const round = (value: number, places = 2): number => Number(value.toFixed(places));

/** a / b to two places, or null when either is missing. */
export const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a == null || b == null || b === 0 ? null : round(a / b);

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}
