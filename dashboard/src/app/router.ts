// A small router on the History API. Links stay ordinary <a href> elements (they work without
// JavaScript, open in new tabs and are keyboard-usable); a click on one is handled in the page
// instead of reloading it, so the session and the fetched figures survive the move.
import { useCallback, useEffect, useSyncExternalStore } from 'react';

const NAVIGATED = 'vawg:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentAddress = () => window.location.pathname + window.location.search;

/** The path and query of the current address; components re-render when either changes. */
export function useAddress(): { pathname: string; search: URLSearchParams } {
  const address = useSyncExternalStore(subscribe, currentAddress);
  const url = new URL(address, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** Moves to `href` without reloading; `replace` for a change of view that needs no Back step (a filter). */
export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** Rewrites query parameters in the address, in one step (null or "" removes one); a filter needs no Back step. */
export function replaceQueryParams(values: Record<string, string | null>): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  navigate(url.pathname + url.search + url.hash, { replace: true });
}

/** Reads one query parameter and returns a setter that rewrites it in the address (null removes it). */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const { search } = useAddress();
  const set = useCallback((value: string | null) => replaceQueryParams({ [name]: value }), [name]);
  return [search.get(name), set];
}

/** Whether a click on this link can be handled in the page rather than by the browser. */
function isInPageNavigation(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  if (anchor.hasAttribute('download')) return false;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return false;
  // A jump within the page (skip link, #issue-3) is the browser's job.
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return false;
  // The API's own addresses are not pages of the dashboard.
  return !/^\/(graphql|auth)(\/|$)/.test(url.pathname);
}

/** Handles clicks on same-origin links in the page, and moves focus to the new page's content. */
export function useInPageLinks(mainId: string): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || !isInPageNavigation(event, anchor)) return;
      event.preventDefault();
      const url = new URL(anchor.href);
      const samePage = url.pathname === window.location.pathname;
      navigate(url.pathname + url.search + url.hash);
      if (!samePage) {
        window.scrollTo(0, 0);
        // As a full page load would: the reader starts at the top of the new page's content.
        document.getElementById(mainId)?.focus();
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [mainId]);
}
