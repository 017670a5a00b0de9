import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

// A feature is one page (or the workspace's one task): it may use app/, components/, graphql/ and lib/,
// never another feature. What two features share belongs in components/ (or app/ for the session and
// roles), where the next page can find it, and a change to one page cannot break another.

const FEATURES = __dirname;
const SRC = path.dirname(FEATURES);

function codeUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return codeUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file names: `from '…'`, `import '…'` and `import('…')`. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'([^']+)'/g)].map(([, specifier]) => specifier as string);
}

/** The feature a path lies in ("review" for features/review/components/x.tsx), or undefined outside features/. */
function featureOf(file: string): string | undefined {
  const relative = path.relative(FEATURES, file);
  if (relative.startsWith('..')) return undefined;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length > 0 ? first : undefined;
}

describe('features', () => {
  it('never import another feature', () => {
    const crossings = codeUnder(FEATURES).flatMap((file) => {
      const own = featureOf(file);
      return importsOf(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const other = featureOf(path.resolve(path.dirname(file), specifier));
          return other !== undefined && other !== own;
        })
        .map((specifier) => `${path.relative(SRC, file)} imports ${specifier}`);
    });
    expect(crossings).toEqual([]);
  });

  it('are found by the check above: it sees static, side-effect and dynamic imports', () => {
    expect(importsOf(`import { a } from '../../x/y';\nimport '../z.css';\nconst P = lazy(() => import('../../w/page'));`)).toEqual(['../../x/y', '../z.css', '../../w/page']);
    expect(featureOf(path.join(FEATURES, 'review', 'components', 'review-page.tsx'))).toBe('review');
    expect(featureOf(path.join(SRC, 'components', 'lazy-page.tsx'))).toBeUndefined();
  });
});
