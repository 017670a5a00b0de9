import type { CookieOptions, Request, Response } from 'express';
import type { SignInSettings } from './sign-in.config';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * posts, sent when the provider sends the person back), Secure with the __Host- prefix in
 * production (HTTPS only, this host only, path /).
 */
export function sessionCookieName(settings: SignInSettings): string {
  return settings.secureCookies ? '__Host-vawg_session' : 'vawg_session';
}

/** The sign-in under way, from "Sign in" until the provider sends the person back. */
export function attemptCookieName(settings: SignInSettings): string {
  return settings.secureCookies ? '__Host-vawg_sign_in' : 'vawg_sign_in';
}

export function cookieOptions(settings: SignInSettings, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, secure: settings.secureCookies, sameSite: 'lax', path: '/', ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }) };
}

/** One cookie's value from the Cookie header (express reads none without a parser). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function clearCookie(res: Response, settings: SignInSettings, name: string): void {
  res.clearCookie(name, cookieOptions(settings));
}

/** This server's origin as the browser sees it: PUBLIC_URL's, or in development the request's own. */
export function ownOrigin(req: Request, settings: SignInSettings): string {
  return settings.publicUrl ?? `${req.protocol}://${req.get('host')}`;
}

function originOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
}

/**
 * Why a request that carries the session cookie must not act on it, or undefined when it may: it
 * must come from the dashboard's own pages. Browsers say where a request comes from in
 * Sec-Fetch-Site; older ones only in Origin or Referer, and a request saying nothing is refused.
 * An address typed or bookmarked ('none') may read, never change anything.
 */
export function crossSiteRefusal(req: Request, settings: SignInSettings): string | undefined {
  const site = req.get('sec-fetch-site');
  const reading = req.method === 'GET' || req.method === 'HEAD';
  if (site) {
    if (site === 'same-origin' || (site === 'none' && reading)) return undefined;
    return `Refused: this request came from another site (${site}), and the sign-in cookie only works for requests from VAWG Insight's own pages. Scripts send "Authorization: Bearer <token or API key>" instead.`;
  }
  const from = originOf(req.get('origin')) ?? originOf(req.get('referer'));
  if (from === ownOrigin(req, settings)) return undefined;
  return `Refused: this request does not say it came from VAWG Insight's own pages (no Sec-Fetch-Site, Origin or Referer header naming ${ownOrigin(req, settings)}), so the sign-in cookie is not used. Scripts send "Authorization: Bearer <token or API key>" instead.`;
}
