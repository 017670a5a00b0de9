// Lambeth's 21 wards (2002 to 2022) as a grid cartogram: one equal tile per ward, placed by hand
// from their rough positions, so a small ward counts as much on the map as a large one. The borough
// runs north to south: the river wards at the top, Clapham and Brixton across the middle, Streatham
// and Norwood at the foot. Listed in reading order (row by row), the order tiles are tabbed through.
import { findWard, type Ward } from '../../lib/lambeth-wards';

export interface WardTile extends Ward {
  /** 1 is the northernmost row. */
  row: number;
  /** 1 is the westernmost column. */
  column: number;
}

const PLACES: readonly (readonly [code: string, row: number, column: number])[] = [
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

export const WARD_TILES: readonly WardTile[] = PLACES.map(([code, row, column]) => {
  const ward = findWard(code);
  if (!ward) throw new Error(`The ward tile map places ${code}, which is not one of Lambeth's wards.`);
  return { ...ward, row, column };
});

export const GRID_ROWS = Math.max(...WARD_TILES.map((tile) => tile.row));
export const GRID_COLUMNS = Math.max(...WARD_TILES.map((tile) => tile.column));
