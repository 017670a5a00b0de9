// Lambeth's 21 electoral wards of 2002 to 2022 (api/src/reference/data/wards-2002-2022.csv), the
// wards every figure from 2011/12 to 2013/14 is recorded against. Names come with the figures too;
// these are for the wards a figures answer leaves out (a councillor sees only their own).

export interface Ward {
  /** ONS GSS code. */
  code: string;
  name: string;
}

export const LAMBETH_WARDS: readonly Ward[] = [
  { code: 'E05000416', name: "Bishop's" },
  { code: 'E05000417', name: 'Brixton Hill' },
  { code: 'E05000418', name: 'Clapham Common' },
  { code: 'E05000419', name: 'Clapham Town' },
  { code: 'E05000420', name: 'Coldharbour' },
  { code: 'E05000421', name: 'Ferndale' },
  { code: 'E05000422', name: 'Gipsy Hill' },
  { code: 'E05000423', name: 'Herne Hill' },
  { code: 'E05000424', name: "Knight's Hill" },
  { code: 'E05000425', name: 'Larkhall' },
  { code: 'E05000426', name: 'Oval' },
  { code: 'E05000427', name: "Prince's" },
  { code: 'E05000428', name: "St Leonard's" },
  { code: 'E05000429', name: 'Stockwell' },
  { code: 'E05000430', name: 'Streatham Hill' },
  { code: 'E05000431', name: 'Streatham South' },
  { code: 'E05000432', name: 'Streatham Wells' },
  { code: 'E05000433', name: 'Thornton' },
  { code: 'E05000434', name: 'Thurlow Park' },
  { code: 'E05000435', name: 'Tulse Hill' },
  { code: 'E05000436', name: 'Vassall' },
];

const BY_CODE = new Map(LAMBETH_WARDS.map((ward) => [ward.code, ward]));

export function findWard(code: string): Ward | undefined {
  return BY_CODE.get(code);
}

/** "E05000426" → "Oval"; a code the dashboard does not know stays as it is. */
export function wardName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}
