// GraphiQL, bundled from npm and loaded only when the explorer page opens: nothing from a CDN.
// GraphiQL 4 (CodeMirror) rather than 5 (Monaco): Monaco writes its styles into <style> elements at
// run time, which the server's Content-Security-Policy (style-src 'self') rightly refuses.
// It reads the schema from the committed SDL, so it works where the server turns introspection
// off, and it sends the session's token on every request.
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { useEffect, useMemo, useRef, type ComponentProps, type RefObject } from 'react';
import schemaSdl from '../../../../../schema/schema.graphql?raw';
import { EXAMPLE_QUERY, exampleVariables } from '../example-query';
import { explorerStorage } from '../explorer-storage';
import { authorizationHeaders } from '../../../app/apollo-client';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const schema = buildSchema(schemaSdl);

function fetcherFor(token: string): Fetcher {
  return async (params) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...authorizationHeaders(token) },
      credentials: 'same-origin',
      body: JSON.stringify(params),
    });
    return response.json();
  };
}

/** CodeMirror's input areas carry no name; GraphiQL does not give them one, so this does, as editors appear. */
const EDITOR_NAMES: readonly (readonly [selector: string, name: string])[] = [
  ['.graphiql-query-editor textarea', 'Query'],
  ['.graphiql-editor-tool textarea', 'Variables'],
  ['.graphiql-response textarea', 'Response'],
];

/**
 * The editors' keyboard: CodeMirror keeps Tab for indenting, so Esc then Tab leaves an editor the
 * way keyboard users expect (WCAG 2.1.2, no keyboard trap), as CodeMirror 6 does it. The Tab is
 * kept from CodeMirror, and the browser moves focus on.
 */
function useEditorEscape(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return undefined;
    let escaped = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest('.CodeMirror')) return;
      if (event.key === 'Tab' && escaped) event.stopPropagation();
      escaped = event.key === 'Escape';
    };
    root.addEventListener('keydown', onKeyDown, true);
    return () => root.removeEventListener('keydown', onKeyDown, true);
  }, [container]);
}

function useEditorNames(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return undefined;
    const name = () => {
      for (const [selector, label] of EDITOR_NAMES) {
        root.querySelectorAll(selector).forEach((area) => {
          if (!area.hasAttribute('aria-label')) area.setAttribute('aria-label', label);
        });
      }
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container]);
}

export default function GraphiqlPanel({ token, financialYear }: { token: string; financialYear: string }) {
  const fetcher = useMemo(() => fetcherFor(token), [token]);
  const storage = useMemo(() => explorerStorage(), []);
  const container = useRef<HTMLDivElement>(null);
  useEditorNames(container);
  useEditorEscape(container);
  return (
    <div ref={container} className="app-explorer__graphiql">
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        defaultQuery={EXAMPLE_QUERY}
        // The example's year: GraphiQL fills the variables editor from this prop, not from a default tab.
        variables={exampleVariables(financialYear)}
        storage={storage}
        // The token goes with every request already; a headers editor would only invite pasting it where it could be kept.
        isHeadersEditorEnabled={false}
        shouldPersistHeaders={false}
        forcedTheme="light"
      />
    </div>
  );
}
