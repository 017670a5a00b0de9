import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type ASTNode, type FragmentDefinitionNode } from 'graphql';

const DASHBOARD_SRC = path.resolve(__dirname, '..', '..', '..', 'dashboard', 'src');
/** Fragments more than one page uses; codegen appends them to each document that spreads them. */
const SHARED_FRAGMENTS = path.join(DASHBOARD_SRC, 'graphql', 'fragments');
export const DASHBOARD_FEATURES = path.join(DASHBOARD_SRC, 'features');

function sharedFragments(): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of fs.readdirSync(SHARED_FRAGMENTS).filter((f) => f.endsWith('.graphql'))) {
    for (const definition of parse(fs.readFileSync(path.join(SHARED_FRAGMENTS, file), 'utf8')).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/**
 * A dashboard document as the dashboard sends it: the file's own text, then every shared fragment
 * it spreads, directly or through another fragment (as the generated typed document carries them).
 */
export function dashboardDocument(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const document = parse(text);
  const own = new Set(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  const shared = sharedFragments();
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: ASTNode) => visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (own.has(name) || needed.has(name)) return;
      const fragment = shared.get(name);
      if (!fragment) throw new Error(`${file} spreads ...${name}, which neither it nor dashboard/src/graphql/fragments defines`);
      needed.set(name, fragment);
      collect(fragment);
    },
  });
  collect(document);
  return [text.trimEnd(), ...[...needed.values()].map((fragment) => print(fragment))].join('\n\n') + '\n';
}

/** Every document of the dashboard's pages (dashboard/src/features/**\/*.graphql), as the dashboard sends it. */
export function dashboardPageDocuments(): { file: string; text: string }[] {
  return fs.readdirSync(DASHBOARD_FEATURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, text: dashboardDocument(path.join(DASHBOARD_FEATURES, file)) }));
}
