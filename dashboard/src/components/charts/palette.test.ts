import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cssColours } from './palette';

// Colours are chosen once, in palette.ts, and named for what they mean: a colour typed anywhere else
// is one that the next contrast check or change of palette would miss.

const SRC = path.resolve(__dirname, '..', '..');
const PALETTE_TS = path.join(SRC, 'components', 'charts', 'palette.ts');
const PALETTE_CSS = path.join(SRC, 'styles', 'palette.css');
/** Written by graphql-codegen, never by hand. */
const GENERATED = path.join(SRC, 'graphql', 'generated');

/** #rgb, #rrggbb or #rrggbbaa, not part of a longer word (an anchor such as #main-content is no colour). */
const HEX_COLOUR = /(?<![\w&])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3})(?![\w-])/gi;

function filesUnder(directory: string, extensions: readonly string[]): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return full === GENERATED ? [] : filesUnder(full, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
  });
}

/** "components/charts/spc-chart-graphic.tsx:87 #6f777b" for every hex colour in the files. */
function hexColoursIn(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.match(HEX_COLOUR) ?? []).map((colour) => `${path.relative(SRC, file)}:${index + 1} ${colour}`)),
  );
}

const normalise = (colour: string) => colour.toLowerCase().replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3');

describe('the palette', () => {
  it('is the only .ts or .tsx file that writes a colour', () => {
    const code = filesUnder(SRC, ['.ts', '.tsx']).filter((file) => file !== PALETTE_TS && !file.endsWith('.test.ts'));
    expect(hexColoursIn(code)).toEqual([]);
  });

  it('is the only stylesheet that writes a colour: the others use its custom properties', () => {
    const stylesheets = filesUnder(SRC, ['.css']).filter((file) => file !== PALETTE_CSS);
    expect(hexColoursIn(stylesheets)).toEqual([]);
  });

  it('declares the same custom properties in styles/palette.css as cssColours in palette.ts', () => {
    const css = fs.readFileSync(PALETTE_CSS, 'utf8');
    const declared = Object.fromEntries([...css.matchAll(/(--app-[\w-]+):\s*(#[0-9a-f]+);/gi)].map(([, name, colour]) => [name, normalise(colour as string)]));
    const chosen = Object.fromEntries(Object.entries(cssColours()).map(([name, colour]) => [name, normalise(colour)]));
    expect(declared).toEqual(chosen);
  });

  it('uses no custom property that the palette does not declare', () => {
    const declared = new Set(Object.keys(cssColours()));
    // Set inline by the components that draw them (chart-key.tsx, ward-tile-map.tsx), each with a fallback from the palette.
    const inline = new Set(['--app-swatch', '--app-tile-fill', '--app-tile-text', '--app-font']);
    const unknown = filesUnder(SRC, ['.css']).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/var\((--app-[\w-]+)/g)]
        .map(([, name]) => name as string)
        .filter((name) => !declared.has(name) && !inline.has(name))
        .map((name) => `${path.relative(SRC, file)} ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});
