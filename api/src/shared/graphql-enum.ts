/** A GraphQL enum object from a list of codes: the codes are the enum's names and values. */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}
