// An access token a person pasted on the sign-in page. It lives in sessionStorage, so it is
// forgotten when the tab closes and never shared with other tabs; never in localStorage or the
// address, where it would outlive the visit or leak into history and logs.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'vawg:access-token';
const CHANGED = 'vawg:access-token-changed';

/** What the dashboard shows about a token: display only, the server decides what it may see. */
export interface TokenClaims {
  role: string | null;
  /** GSS codes, e.g. ["E05000426"]; a councillor's wards. */
  wards: string[];
  /** Seconds since 1970, or null when the token says nothing. */
  expiresAt: number | null;
}

function base64UrlDecode(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads a JWT's payload without checking its signature, or undefined when it is not a JWT. */
export function readTokenClaims(token: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(base64UrlDecode(parts[1]));
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { role, wards, exp } = payload as Record<string, unknown>;
  const wardList = typeof wards === 'string' ? wards.split(',') : Array.isArray(wards) ? wards : [];
  return {
    role: typeof role === 'string' ? role : null,
    wards: wardList.filter((w): w is string => typeof w === 'string').map((w) => w.trim()).filter((w) => /^E05\d{6}$/.test(w)),
    expiresAt: typeof exp === 'number' ? exp : null,
  };
}

export function hasExpired(claims: TokenClaims, now = Date.now()): boolean {
  return claims.expiresAt !== null && claims.expiresAt * 1000 <= now;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be switched off in the browser; then nobody can stay signed in with a pasted token.
    return undefined;
  }
}

/** The pasted token, or null; one that has expired is forgotten, so a reload falls back to the sign-in page. */
function readStoredToken(): string | null {
  const token = storage()?.getItem(STORAGE_KEY) ?? null;
  if (token === null) return null;
  const claims = readTokenClaims(token);
  if (!claims || hasExpired(claims)) {
    storage()?.removeItem(STORAGE_KEY);
    return null;
  }
  return token;
}

export function storeToken(token: string): void {
  storage()?.setItem(STORAGE_KEY, token);
  window.dispatchEvent(new Event(CHANGED));
}

/** Sign out: the dashboard goes back to the demo token, or to the sign-in page. */
export function forgetToken(): void {
  storage()?.removeItem(STORAGE_KEY);
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}

export function useStoredToken(): string | null {
  return useSyncExternalStore(subscribe, readStoredToken);
}
