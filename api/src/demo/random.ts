/**
 * A small seeded pseudo-random generator (mulberry32), so demo data is reproducible byte for byte.
 * Not for anything secret: it is predictable by design.
 */
export type WeightTable<T> = readonly (readonly [T, number])[];

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * A generator of its own for one part of the data (e.g. one dataset's one year), from the seed
   * and the part's labels: adding a part later leaves every other part's draws as they were.
   */
  static stream(seed: number, ...labels: (string | number)[]): Random {
    return new Random(hash32(`${seed >>> 0}|${labels.join('|')}`));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** An index chosen with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (!(total > 0)) throw new RangeError('weights must add up to more than 0');
    let target = this.next() * total;
    for (let index = 0; index < weights.length; index++) {
      target -= weights[index];
      if (target < 0 && weights[index] > 0) return index;
    }
    // Floating-point rounding can leave a sliver at the end: give it to the last weighted item.
    return weights.map((weight) => weight > 0).lastIndexOf(true);
  }

  weighted<T>(table: WeightTable<T>): T {
    return table[this.weightedIndex(table.map(([, weight]) => weight))][0];
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other], items[index]];
    }
    return items;
  }

  /**
   * Splits `total` into whole counts proportional to `weights` that add up to `total` exactly:
   * each bucket gets the floor of its share, the remainder goes out by weighted draws. Buckets
   * with weight 0 get nothing, so a closed period stays empty.
   */
  allocate(total: number, weights: readonly number[]): number[] {
    if (total === 0) return weights.map(() => 0);
    const sum = weights.reduce((acc, weight) => acc + weight, 0);
    if (!(sum > 0)) throw new RangeError(`cannot share ${total} over buckets that all weigh 0`);
    const counts = weights.map((weight) => Math.floor((total * weight) / sum));
    for (let left = total - counts.reduce((acc, count) => acc + count, 0); left > 0; left--) {
      counts[this.weightedIndex(weights)]++;
    }
    return counts;
  }
}

/**
 * A stable 32-bit number from a text, for seeding and for deterministic weights: FNV-1a, then
 * MurmurHash3's finaliser, without which texts differing in their last character hash alike.
 */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
