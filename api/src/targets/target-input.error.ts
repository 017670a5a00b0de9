/** A target figure that cannot be used, naming the argument so a resolver can pass it on as badUserInput(argument, message). */
export class TargetInputError extends Error {
  constructor(readonly argument: string, message: string) {
    super(message);
    this.name = 'TargetInputError';
  }
}

export function requireFinite(argument: string, value: number): void {
  if (!Number.isFinite(value)) throw new TargetInputError(argument, `${argument} must be a number; got ${value}.`);
}

export function requireNonNegative(argument: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) throw new TargetInputError(argument, `${argument} must be a number of 0 or more; got ${value}.`);
}

// Figures are sums of decimals (0.1 × 30 is 3.0000000000000004), so "equal" allows for float noise.
const NOISE = 1e-9;

export function atMost(a: number, b: number): boolean {
  return a <= b + NOISE * Math.max(1, Math.abs(b));
}

export function nearlyEqual(a: number, b: number): boolean {
  return atMost(a, b) && atMost(b, a);
}
