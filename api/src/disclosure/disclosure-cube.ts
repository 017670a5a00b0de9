import { ROOT, type CubeAxis } from './cube-axis';
import type { CellRef, CubeDimension } from './disclosure-types';

/** A parent cell and its children along one axis: the parent is published as their sum. */
export interface AdditiveLine {
  readonly parent: number;
  readonly children: readonly number[];
}

/**
 * Every cell of every table of the lattice in one array: time × (all or a code) per dimension.
 * A cell is an index; index order (time first, then dimensions in catalogue order, "all"
 * before the sorted codes) is the stable order every tie is broken by.
 */
export class DisclosureCube {
  readonly size: number;
  readonly dimensions: readonly CubeDimension[];
  /** The additive lines an attacker can use: none with a cell of a period not released yet. */
  lines: readonly AdditiveLine[];
  /** Each cell's count; the builder fills it from the leaf counts. */
  readonly values: Float64Array;
  /** 1 where every leaf under the cell is impossible (a structural zero: known to be 0 by everyone). */
  readonly structural: Uint8Array;
  /** 1 where the cell's period is wholly released; others are not published yet (see markUnreleased). */
  readonly released: Uint8Array;
  private readonly borough: Uint8Array;
  private readonly strides: number[];

  constructor(readonly axes: readonly CubeAxis[]) {
    this.strides = axes.map(() => 1);
    for (let a = axes.length - 2; a >= 0; a--) this.strides[a] = this.strides[a + 1] * axes[a + 1].labels.length;
    this.size = this.strides[0] * axes[0].labels.length;
    this.values = new Float64Array(this.size);
    this.structural = new Uint8Array(this.size);
    this.released = new Uint8Array(this.size).fill(1);
    this.dimensions = axes.slice(1).map((a) => a.name as CubeDimension);
    this.lines = this.buildLines();
    this.borough = this.boroughCells();
  }

  /**
   * Marks cells of periods not released yet. Any values of the released cells can be completed
   * by some values of the unreleased ones (later months are free), so a line with an unreleased
   * cell tells an attacker nothing: it is dropped, and the auditors need not reason about zeros to come.
   */
  markUnreleased(isReleased: (cell: number) => boolean): void {
    for (let cell = 0; cell < this.size; cell++) this.released[cell] = isReleased(cell) ? 1 : 0;
    this.lines = this.lines.filter((line) => this.released[line.parent] && line.children.every((child) => this.released[child]));
  }

  /**
   * Cells the borough figures and structural zeros give away through the lines (a line with all
   * but one cell known pins that one): public whatever is withheld, so published like them
   * (forced begging's trafficking cell is its borough figure when every other strand is 0).
   */
  markKnownByLines(): void {
    const known = new Uint8Array(this.size);
    for (let cell = 0; cell < this.size; cell++) known[cell] = this.borough[cell] || this.structural[cell];
    const linesOf: number[][] = Array.from({ length: this.size }, () => []);
    const unknown = new Int32Array(this.lines.length);
    this.lines.forEach((line, i) => {
      for (const cell of [line.parent, ...line.children]) { linesOf[cell].push(i); if (!known[cell]) unknown[i]++; }
    });
    const queue = this.lines.map((_, i) => i).filter((i) => unknown[i] === 1);
    while (queue.length > 0) {
      const i = queue.pop() as number;
      if (unknown[i] !== 1) continue;
      const line = this.lines[i];
      const cell = [line.parent, ...line.children].find((c) => !known[c]) as number;
      known[cell] = 1;
      this.borough[cell] = 1;
      for (const j of linesOf[cell]) if (--unknown[j] === 1) queue.push(j);
    }
  }

  /** How far apart two cells are in index when they differ by one node on this axis. */
  stride(axis: number): number {
    return this.strides[axis];
  }

  coordinate(cell: number, axis: number): number {
    return Math.floor(cell / this.strides[axis]) % this.axes[axis].labels.length;
  }

  coordinates(cell: number): number[] {
    return this.axes.map((_, a) => this.coordinate(cell, a));
  }

  cellAt(coordinates: readonly number[]): number {
    return coordinates.reduce((index, node, a) => index + node * this.strides[a], 0);
  }

  /** The same cell with another node on one axis. */
  moved(cell: number, axis: number, node: number): number {
    return cell + (node - this.coordinate(cell, axis)) * this.strides[axis];
  }

  /**
   * A borough figure: no breakdown of the records coded, only time (and, with MEASURE, which
   * measure), or only codes that are the sole possible one of their dimension. Always published.
   */
  isBorough(cell: number): boolean {
    return this.borough[cell] === 1;
  }

  private boroughCells(): Uint8Array {
    const flags = new Uint8Array(this.size);
    for (let cell = 0; cell < this.size; cell++) {
      flags[cell] = this.axes.every((axis, a) => a === 0 || axis.name === 'MEASURE' || axis.labels.length === 2 || this.coordinate(cell, a) === ROOT) ? 1 : 0;
    }
    return flags;
  }

  cellRef(cell: number): CellRef {
    const codes: Partial<Record<CubeDimension, string>> = {};
    for (let a = 1; a < this.axes.length; a++) {
      const node = this.coordinate(cell, a);
      if (node !== ROOT) codes[this.axes[a].name as CubeDimension] = this.axes[a].labels[node];
    }
    return { time: this.axes[0].labels[this.coordinate(cell, 0)], codes };
  }

  /** The index of a cell, or an error naming what the cube does not have. */
  indexOf(cell: CellRef): number {
    const time = this.axes[0].nodeOf.get(cell.time);
    if (time === undefined) {
      throw new Error(`Cell time "${cell.time}" is not YEAR, Q1 to Q4 or a month of this financial year (${this.axes[0].labels[5]} to ${this.axes[0].labels[16]})`);
    }
    const coordinates = [time, ...this.dimensions.map(() => ROOT)];
    for (const [dimension, code] of Object.entries(cell.codes)) {
      if (code === undefined) continue;
      const a = this.dimensions.indexOf(dimension as CubeDimension);
      if (a < 0) throw new Error(`Cell has a ${dimension} code but this pattern covers ${this.dimensions.join(' and ') || 'no breakdown'}`);
      const node = this.axes[a + 1].nodeOf.get(code);
      if (node === undefined || node === ROOT) throw new Error(`Cell ${dimension} code "${code}" is not one of the codes the pattern was computed for`);
      coordinates[a + 1] = node;
    }
    return this.cellAt(coordinates);
  }

  /** One line per (cell, axis) where the cell's node has children: that cell is the line's parent. */
  private buildLines(): AdditiveLine[] {
    const lines: AdditiveLine[] = [];
    for (let cell = 0; cell < this.size; cell++) {
      this.axes.forEach((axis, a) => {
        const children = axis.children[this.coordinate(cell, a)];
        if (children.length > 0) lines.push({ parent: cell, children: children.map((node) => this.moved(cell, a, node)) });
      });
    }
    return lines;
  }
}
