/**
 * A least-recently-used map bounded by bytes, not entries: answers range from a few hundred bytes
 * (a headline figure) to hundreds of kilobytes (a ward × strand year), so a count would bound nothing.
 * A Map keeps insertion order; a hit re-inserts its key, so the first key is always the coldest.
 */
export class ByteBudgetLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps the value unless it alone is over the budget; evicts the coldest until it fits. */
  set(key: string, value: V, bytes: number): boolean {
    this.delete(key);
    if (bytes > this.maxBytes) return false;
    while (this.used + bytes > this.maxBytes) this.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    return true;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
