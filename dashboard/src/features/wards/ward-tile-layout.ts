// Lambeth's wards as a grid cartogram: one equal tile per ward, placed by hand from their rough
// positions, so a small ward counts as much on the map as a large one. The borough runs north to
// south: the river wards at the top, Clapham and Brixton across the middle, Streatham and Norwood at
// the foot. One layout per boundary set (vintage), keyed by GSS code; a vintage without one (the
// next boundary review, loaded from ONS's lookup) gets a plain alphabetical grid, so it works
// without a change here.
import type { Ward } from '../../graphql/wards';

export interface WardTile extends Ward {
  /** 1 is the northernmost row. */
  row: number;
  /** 1 is the westernmost column. */
  column: number;
}

export interface TileLayout {
  /** In reading order (row by row), the order tiles are tabbed through. */
  tiles: WardTile[];
  rows: number;
  columns: number;
  /** False for the alphabetical grid of a vintage with no hand-placed layout. */
  placed: boolean;
}

type Places = readonly (readonly [code: string, row: number, column: number])[];

/** The 21 wards of 2002 to 4 May 2022 (api/src/reference/data/wards-2002-2022.csv). */
const WD02: Places = [
  ['E05000416', 1, 2], // Bishop's: Waterloo and the South Bank
  ['E05000427', 2, 2], // Prince's: Kennington and Vauxhall
  ['E05000426', 2, 3], // Oval
  ['E05000425', 3, 1], // Larkhall: South Lambeth
  ['E05000429', 3, 2], // Stockwell
  ['E05000436', 3, 3], // Vassall: towards Camberwell
  ['E05000419', 4, 1], // Clapham Town
  ['E05000421', 4, 2], // Ferndale
  ['E05000420', 4, 3], // Coldharbour: central Brixton
  ['E05000423', 4, 4], // Herne Hill
  ['E05000418', 5, 1], // Clapham Common
  ['E05000417', 5, 2], // Brixton Hill
  ['E05000435', 5, 3], // Tulse Hill
  ['E05000434', 5, 4], // Thurlow Park: West Dulwich
  ['E05000433', 6, 1], // Thornton: Clapham Park
  ['E05000430', 6, 2], // Streatham Hill
  ['E05000424', 6, 3], // Knight's Hill: West Norwood
  ['E05000422', 6, 4], // Gipsy Hill
  ['E05000428', 7, 2], // St Leonard's: Streatham
  ['E05000432', 7, 3], // Streatham Wells: Streatham Common
  ['E05000431', 8, 2], // Streatham South: Streatham Vale
];

/** The 25 wards from 5 May 2022 (api/src/reference/data/ward-lookups/WD22_LAD22_Lambeth.csv). */
const WD22: Places = [
  ['E05014118', 1, 3], // Waterloo & South Bank
  ['E05014117', 2, 2], // Vauxhall
  ['E05014105', 2, 3], // Kennington
  ['E05014111', 3, 1], // Stockwell West & Larkhall
  ['E05014108', 3, 2], // Oval
  ['E05014107', 3, 3], // Myatt's Fields: towards Camberwell
  ['E05014102', 4, 1], // Clapham Town
  ['E05014110', 4, 2], // Stockwell East
  ['E05014096', 4, 3], // Brixton North
  ['E05014104', 4, 4], // Herne Hill & Loughborough Junction
  ['E05014099', 5, 1], // Clapham Common & Abbeville
  ['E05014100', 5, 2], // Clapham East
  ['E05014095', 5, 3], // Brixton Acre Lane
  ['E05014098', 5, 4], // Brixton Windrush: central Brixton
  ['E05014101', 6, 2], // Clapham Park
  ['E05014097', 6, 3], // Brixton Rush Common: Brixton Hill
  ['E05014109', 6, 4], // St Martin's: Tulse Hill
  ['E05014119', 6, 5], // West Dulwich
  ['E05014114', 7, 2], // Streatham Hill West & Thornton
  ['E05014113', 7, 3], // Streatham Hill East
  ['E05014106', 7, 4], // Knight's Hill: West Norwood
  ['E05014103', 7, 5], // Gipsy Hill
  ['E05014115', 8, 2], // Streatham St Leonard's
  ['E05014116', 8, 3], // Streatham Wells
  ['E05014112', 9, 3], // Streatham Common & Vale
];

/** Hand-placed layouts by vintage. */
export const TILE_LAYOUTS: Readonly<Record<string, Places>> = { WD02, WD22 };

function byReadingOrder(a: WardTile, b: WardTile): number {
  return a.row - b.row || a.column - b.column;
}

/** Every ward in alphabetical order, in a grid as near square as it goes. */
function alphabeticalGrid(wards: readonly Ward[]): TileLayout {
  const columns = Math.max(1, Math.ceil(Math.sqrt(wards.length)));
  const tiles = [...wards]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((ward, index) => ({ ...ward, row: Math.floor(index / columns) + 1, column: (index % columns) + 1 }));
  return { tiles, rows: Math.ceil(wards.length / columns), columns, placed: false };
}

/**
 * The tiles for a set of wards (those valid on one day): their vintage's hand-placed layout when it
 * places exactly these wards, else the alphabetical grid.
 */
export function tileLayout(wards: readonly Ward[]): TileLayout {
  const vintages = new Set(wards.map((ward) => ward.vintage));
  const places = vintages.size === 1 ? TILE_LAYOUTS[[...vintages][0] as string] : undefined;
  const placeOf = new Map(places?.map(([code, row, column]) => [code, { row, column }]));
  if (!places || places.length !== wards.length || !wards.every((ward) => placeOf.has(ward.code))) return alphabeticalGrid(wards);
  const tiles = wards.map((ward) => ({ ...ward, ...(placeOf.get(ward.code) as { row: number; column: number }) })).sort(byReadingOrder);
  return { tiles, rows: Math.max(...tiles.map((tile) => tile.row)), columns: Math.max(...tiles.map((tile) => tile.column)), placed: true };
}
