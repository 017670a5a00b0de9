import { loadReferenceCatalogue, type WardReference } from '../reference/reference-catalogue';
import { addDays } from '../shared/dates';
import type { Queryable } from '../shared/queryable';
import { hash32, type WeightTable } from './random';

/** A ward as the demo needs it: any vintage, from the `ward` table or the reference files. */
export type DemoWard = Pick<WardReference, 'code' | 'name' | 'validFrom' | 'validTo'>;

/**
 * Every ward set the database holds (the shipped lookups and any vintage an analyst has loaded),
 * for the demo loader and the demo CLI alike: the records they make are checked against the same table.
 */
export async function demoWards(database: Queryable): Promise<DemoWard[]> {
  return [...(await loadReferenceCatalogue(database)).wards.values()];
}

/**
 * Street prostitution in Lambeth concentrates in a few places. A place is named, not coded, so it
 * survives boundary reviews: its weight is shared by the wards valid on a date whose name begins
 * with one of its names. Coldharbour was central Brixton's ward until 2022.
 */
const HOT_SPOT_PLACES: readonly { names: readonly string[]; weight: number }[] = [
  { names: ['Brixton', 'Coldharbour'], weight: 50 },
  { names: ['Stockwell'], weight: 20 },
  { names: ['Streatham Hill'], weight: 20 },
  { names: ['Vassall'], weight: 5 },
  { names: ['Tulse Hill'], weight: 5 },
];

/** A ward's weight for borough-wide services, 0.8 to 1.3: derived from its code, so every vintage's wards get one and none is invented. */
export function sizeWeight(code: string): number {
  return 0.8 + (0.5 * hash32(code)) / 0xffffffff;
}

function namesPlace(wardName: string, place: string): boolean {
  return wardName === place || wardName.startsWith(`${place} `);
}

export interface WardWeights {
  /** Every ward valid on the day, weighted by sizeWeight. */
  bySize: WeightTable<string>;
  /** The hot-spot places' wards; the whole borough by size when no ward of the set names a place. */
  hotSpots: WeightTable<string>;
}

/** Which wards a record dated on a given day may carry, and how the demo weighs them. */
export class DemoGeography {
  private readonly byCode: ReadonlyMap<string, DemoWard>;
  private readonly weightsBySet = new Map<string, WardWeights>();
  private readonly weightsByDate = new Map<string, WardWeights>();

  /** `lastDay`: the last day kept; later days of its year are made, then cut, so they take its wards. */
  constructor(wards: readonly DemoWard[], private readonly lastDay?: string) {
    this.byCode = new Map(wards.map((ward) => [ward.code, ward]));
  }

  isValidOn(code: string, date: string): boolean {
    const ward = this.byCode.get(code);
    return !!ward && ward.validFrom <= date && (ward.validTo === null || date <= ward.validTo);
  }

  /** The last day `code` is valid (undefined while it is current). */
  validTo(code: string): string | undefined {
    return this.byCode.get(code)?.validTo ?? undefined;
  }

  /** Refuses a span with a day no ward is valid on, naming the first such day. */
  checkCovers(from: string, to: string): void {
    const changes = [...new Set([...this.byCode.values()].flatMap((ward) => [ward.validFrom, ...(ward.validTo ? [addDays(ward.validTo, 1)] : [])]))];
    // The ward set can only change on a day some ward starts or ends, so those days (and `from`) are the ones to check.
    for (const day of [from, ...changes.filter((day) => day > from && day <= to)].sort()) this.on(day);
  }

  /** The weights of the ward set valid on `date`; refuses a day no ward covers. */
  on(day: string): WardWeights {
    const date = this.lastDay !== undefined && day > this.lastDay ? this.lastDay : day;
    const known = this.weightsByDate.get(date);
    if (known) return known;
    const valid = [...this.byCode.values()].filter((ward) => this.isValidOn(ward.code, date)).sort((a, b) => (a.code < b.code ? -1 : 1));
    if (valid.length === 0) {
      throw new RangeError(`no ward is valid on ${date}: the demo needs the ward set of every day it generates (load the vintage that covers it)`);
    }
    const key = valid.map((ward) => ward.code).join(',');
    let weights = this.weightsBySet.get(key);
    if (!weights) {
      weights = weigh(valid);
      this.weightsBySet.set(key, weights);
    }
    this.weightsByDate.set(date, weights);
    return weights;
  }
}

function weigh(wards: readonly DemoWard[]): WardWeights {
  const bySize: WeightTable<string> = wards.map((ward) => [ward.code, sizeWeight(ward.code)]);
  const hotSpots = HOT_SPOT_PLACES.flatMap(({ names, weight }) => {
    const inPlace = wards.filter((ward) => names.some((place) => namesPlace(ward.name, place)));
    return inPlace.map((ward) => [ward.code, weight / inPlace.length] as const);
  });
  return { bySize, hotSpots: hotSpots.length ? hotSpots : bySize };
}
