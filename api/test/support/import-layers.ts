import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One module of the house: a folder of api/src, or a file at its top (config.ts, main.ts). */
export function moduleOf(file: string): string {
  const [first, ...rest] = file.split('/');
  return rest.length === 0 ? first.replace(/\.ts$/, '') : first;
}

/** Entry points start a process and compose everything below them; nothing imports them. */
export const isEntryPoint = (file: string) => file === 'main.ts' || file.endsWith('.cli.ts');

const isTestCode = (file: string) => /\.test(-helper)?\.ts$/.test(file);

export interface ImportArrow {
  /** Paths relative to api/src, e.g. "figures/answer-figures.ts". */
  from: string;
  to: string;
}

/** The product code of api/src: every .ts file but tests and test helpers, as path → text. */
export function readSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !isTestCode(entry.name)) sources.set(path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return sources;
}

/**
 * Every relative import, export-from, require and import() of api/src, type-only ones included, with
 * its target relative to api/src ("../test/…" for test code, "../../migrations" for the migrations).
 * Not seen: an import() or require() of a computed path, and files read through __dirname.
 */
export function importArrows(sources: ReadonlyMap<string, string>): ImportArrow[] {
  const arrows: ImportArrow[] = [];
  for (const [from, text] of sources) {
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      // Resolved from api/src itself, so '../../src/server/app' is server/app, not a path outside.
      const absolute = path.posix.join('api/src', path.posix.dirname(from), fileName.replace(/\.js$/, ''));
      const target = path.posix.relative('api/src', absolute);
      const to = [`${target}.ts`, `${target}/index.ts`, target].find((candidate) => sources.has(candidate)) ?? (target.startsWith('..') ? target : `${target}.ts`);
      arrows.push({ from, to });
    }
  }
  return arrows;
}

/**
 * What breaks the one-way order, in words: a module no layer names, an arrow from a module to one
 * above it, an import of an entry point or of test code. `layers` lists the modules lowest first.
 */
export function layerViolations(sources: ReadonlyMap<string, string>, layers: readonly string[]): string[] {
  const rank = new Map(layers.map((module, index) => [module, index]));
  const problems: string[] = [];
  for (const module of new Set([...sources.keys()].map(moduleOf))) {
    if (!rank.has(module)) problems.push(`${module} is in no layer: place it in LAYERS (api/src/layers.test.ts) and ARCHITECTURE.md`);
  }
  for (const { from, to } of importArrows(sources)) {
    const [source, target] = [moduleOf(from), moduleOf(to)];
    if (to.startsWith('../../migrations')) continue; // the repository's migrations, which the data source runs
    if (to.startsWith('..')) problems.push(`${from} imports ${to}, outside api/src: product code never reads test code`);
    else if (isEntryPoint(to)) problems.push(`${from} imports the entry point ${to}: move what both need below them`);
    else if (isTestCode(to)) problems.push(`${from} imports test code ${to}`);
    else if (!rank.has(target)) problems.push(`${from} imports ${to}, which is in no module of api/src`);
    else if (source !== target && !isEntryPoint(from) && rank.has(source) && (rank.get(target) as number) > (rank.get(source) as number)) {
      problems.push(`${from} imports ${to}, but ${source} is below ${target}: the arrow climbs back up`);
    }
  }
  return problems;
}

/**
 * Pairs of modules each importing the other, as "a ↔ b". Entry points count with their folder:
 * a CLI lives beside its capability, so what it composes must not import that capability back.
 */
export function mutualPairs(sources: ReadonlyMap<string, string>): string[] {
  const arrows = new Set(importArrows(sources).filter(({ to }) => !to.startsWith('..')).map(({ from, to }) => `${moduleOf(from)}→${moduleOf(to)}`));
  return [...arrows]
    .map((arrow) => arrow.split('→'))
    .filter(([a, b]) => a < b && arrows.has(`${b}→${a}`))
    .map(([a, b]) => `${a} ↔ ${b}`);
}
