/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type { Ward } from '../../graphql/wards';
import { TILE_LAYOUTS, tileLayout } from './ward-tile-layout';

// The layouts are checked against the very files the API loads its wards from, so a code that is not
// in ONS's lookup (or a ward left off the map) fails here, not on the page.
const REFERENCE = path.resolve(__dirname, '../../../../api/src/reference/data');

function csvRows(file: string): string[][] {
  return fs.readFileSync(path.join(REFERENCE, file), 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
}

const WD22: Ward[] = csvRows('ward-lookups/WD22_LAD22_Lambeth.csv').map(([code, name]) => ({ code: code as string, name: name as string, validFrom: '2022-05-05', validTo: null, vintage: 'WD22' }));
const WD02: Ward[] = csvRows('wards-2002-2022.csv').map(([code, name, validFrom, validTo]) => ({ code: code as string, name: name as string, validFrom: validFrom as string, validTo: validTo ?? null, vintage: 'WD02' }));

describe('the ward tile map’s layouts', () => {
  it.each([
    ['WD22', WD22, 25],
    ['WD02', WD02, 21],
  ])('places each of the %s wards on its own square, and no other ward', (vintage, wards, count) => {
    const places = TILE_LAYOUTS[vintage] ?? [];
    expect(wards).toHaveLength(count);
    expect(places.map(([code]) => code).sort()).toEqual(wards.map((ward) => ward.code).sort());
    expect(new Set(places.map(([, row, column]) => `${row},${column}`)).size).toBe(count);
    const layout = tileLayout(wards);
    expect(layout.placed).toBe(true);
    expect(layout.tiles).toHaveLength(count);
  });

  it('lays the 2022 wards out north to south: the river at the top, Clapham and Brixton across the middle, Streatham at the foot', () => {
    const rowOf = (name: string) => tileLayout(WD22).tiles.find((tile) => tile.name === name)?.row ?? Number.NaN;
    expect(rowOf('Waterloo & South Bank')).toBe(1);
    expect(rowOf('Vauxhall')).toBeLessThan(rowOf('Oval'));
    for (const middle of ['Clapham Town', 'Brixton Windrush', 'Stockwell East']) {
      expect(rowOf(middle)).toBeGreaterThan(rowOf('Kennington'));
      expect(rowOf(middle)).toBeLessThan(rowOf('Streatham Wells'));
    }
    expect(rowOf('Streatham Common & Vale')).toBe(Math.max(...WD22.map((ward) => rowOf(ward.name))));
    expect(rowOf("Knight's Hill")).toBeGreaterThan(rowOf('Brixton Acre Lane'));
  });

  it('lists the tiles in reading order, row by row, west to east', () => {
    const tiles = tileLayout(WD22).tiles;
    expect(tiles.map((tile) => tile.row * 100 + tile.column)).toEqual([...tiles.map((tile) => tile.row * 100 + tile.column)].sort((a, b) => a - b));
    expect(tiles[0]?.name).toBe('Waterloo & South Bank');
  });

  it('draws a vintage with no layout (a future boundary review) as an alphabetical grid, as near square as it goes', () => {
    const future = ['Zeta', 'Alpha', 'Mu', 'Beta', 'Kappa'].map((name, i) => ({ code: `E0599999${i}`, name, validFrom: '2026-05-07', validTo: null, vintage: 'WD26' }));
    const layout = tileLayout(future);
    expect(layout.placed).toBe(false);
    expect([layout.rows, layout.columns]).toEqual([2, 3]);
    expect(layout.tiles.map((tile) => [tile.name, tile.row, tile.column])).toEqual([
      ['Alpha', 1, 1], ['Beta', 1, 2], ['Kappa', 1, 3], ['Mu', 2, 1], ['Zeta', 2, 2],
    ]);
  });

  it('falls back to the grid, rather than leave a ward off, when a set does not match its vintage’s layout', () => {
    const renamed = WD22.map((ward, i) => (i === 0 ? { ...ward, code: 'E05099999' } : ward));
    expect(tileLayout(renamed).placed).toBe(false);
    expect(tileLayout(renamed).tiles).toHaveLength(25);
    expect(tileLayout([...WD22.slice(0, 24), WD02[0] as Ward]).placed).toBe(false);
  });
});
