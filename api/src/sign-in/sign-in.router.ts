import crypto from 'node:crypto';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../observability/logger';
import { GraphQLError } from 'graphql';
import type { Caller } from '../access/authenticate';
import { unauthenticated } from '../shared/errors';
import { mapClaims } from './claim-mapping';
import { developmentAccounts, developmentProvider } from './development-provider';
import { authorizationRequest, describeProviderError, providerSignOutUrl, redeemCode, type RelyingParty } from './oidc-client';
import { attemptCookieName, clearCookie, cookieOptions, crossSiteRefusal, ownOrigin, readCookie, sessionCookieName } from './session-cookies';
import { ATTEMPT_MINUTES, endSession, openSession, resumeSession, saveAttempt, takeAttempt } from './session.store';
import { readSignInSettings, type SignInSettings } from './sign-in.config';
import { refusalPage, SIGN_IN_CSS } from './sign-in.pages';

const DEVELOPMENT_PATH = '/auth/dev-provider';
const DEVELOPMENT_CLIENT_ID = 'vawg-insight-development';

/** Only a path on this site: never another host ("//evil.example"), never a script. */
function safeReturnTo(raw: unknown): string {
  return typeof raw === 'string' && /^\/(?![/\\])[^\s]*$/.test(raw) && raw.length <= 500 ? raw : '/';
}

export interface SignIn {
  /** /auth/sign-in, /auth/callback, /auth/sign-out, /auth/session and, in development, the provider. */
  router: Router;
  /**
   * Wraps the bearer-token check: a request without an Authorization header that carries the
   * session cookie is the session's person (refused if the session has ended or the request comes
   * from another site); any other request goes to `identifyByToken` as before.
   */
  identifyFromSession(identifyByToken: RequestHandler): RequestHandler;
}

/** Browser sign-in through OpenID Connect, with sessions held in PostgreSQL. */
export function signInRoutes(config: Config, dataSource: DataSource, logger: Logger): SignIn {
  const settings = readSignInSettings(config.production);
  const log = logger.child({ component: 'sign-in' });
  const sessionCookie = sessionCookieName(settings);
  const attemptCookie = attemptCookieName(settings);
  const developmentSecret = crypto.randomBytes(32).toString('base64url');
  const developmentProviders = new Map<string, Router>();

  /** The relying party for this request's origin: the organisation's provider, or this server's own in development. */
  function relyingParty(req: Request): RelyingParty | undefined {
    const origin = ownOrigin(req, settings);
    const redirectUri = `${origin}/auth/callback`;
    const { provider } = settings;
    if (provider.kind === 'organisation') return { ...provider, redirectUri };
    if (provider.kind === 'development') return { issuer: `${origin}${DEVELOPMENT_PATH}`, clientId: DEVELOPMENT_CLIENT_ID, clientSecret: developmentSecret, scopes: 'openid profile', redirectUri };
    return undefined;
  }

  /** Development: one provider per origin the server is reached at (localhost and 127.0.0.1 are two issuers). */
  async function developmentProviderFor(origin: string): Promise<Router> {
    const known = developmentProviders.get(origin);
    if (known) return known;
    const wards: { code: string; name: string }[] = await dataSource.query(
      'SELECT gss_code AS code, name FROM ward WHERE valid_from <= current_date AND (valid_to IS NULL OR valid_to >= current_date) ORDER BY name',
    );
    const made = developmentProviders.get(origin) ?? developmentProvider({
      issuer: `${origin}${DEVELOPMENT_PATH}`,
      clients: [{ clientId: DEVELOPMENT_CLIENT_ID, clientSecret: developmentSecret, redirectUris: [`${origin}/auth/callback`], postLogoutRedirectUris: [`${origin}/`] }],
      accounts: developmentAccounts(wards),
      trustProxy: config.trustProxyHops > 0,
    });
    developmentProviders.set(origin, made);
    return made;
  }

  const refuse = (res: Response, status: number, title: string, paragraphs: string[], next = { href: '/auth/sign-in', text: 'Sign in again' }) =>
    res.status(status).type('html').send(refusalPage(title, paragraphs, next));

  const router = Router();
  router.get('/auth/sign-in.css', (_req, res) => {
    res.type('css').setHeader('Cache-Control', 'public, max-age=3600').send(SIGN_IN_CSS);
  });

  if (settings.provider.kind === 'development') {
    router.use(DEVELOPMENT_PATH, (req, res, next) => {
      developmentProviderFor(ownOrigin(req, settings)).then((provider) => provider(req, res, next), next);
    });
  }

  router.get('/auth/sign-in', async (req, res, next) => {
    try {
      const party = relyingParty(req);
      if (!party) {
        refuse(res, 404, 'Signing in is not set up', [settings.provider.kind === 'none' ? settings.provider.why : ''], { href: '/', text: 'Go to VAWG Insight' });
        return;
      }
      const request = await authorizationRequest(party);
      const attempt = await saveAttempt(dataSource, { ...request, returnTo: safeReturnTo(req.query.returnTo) });
      res.cookie(attemptCookie, attempt, cookieOptions(settings, ATTEMPT_MINUTES * 60_000));
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, request.url);
    } catch (error) {
      next(error);
    }
  });

  router.get('/auth/callback', async (req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      const party = relyingParty(req);
      const cookie = readCookie(req, attemptCookie);
      clearCookie(res, settings, attemptCookie);
      const attempt = party && cookie ? await takeAttempt(dataSource, cookie) : undefined;
      if (!party || !attempt) {
        log.warn({ reason: !cookie ? 'no sign-in cookie' : 'unknown, used or expired sign-in' }, 'sign-in callback refused');
        refuse(res, 400, 'This sign-in link has expired or has already been used', [
          `Signing in must be finished within ${ATTEMPT_MINUTES} minutes, in the browser it was started in, and each link works once.`,
        ]);
        return;
      }
      if (typeof req.query.error === 'string') {
        log.warn({ reason: req.query.error }, 'the provider did not sign the person in');
        refuse(res, 400, 'You were not signed in', [`Your organisation's sign-in service said: ${String(req.query.error_description ?? req.query.error)}.`]);
        return;
      }
      let answer;
      try {
        answer = await redeemCode(party, new URL(req.originalUrl, ownOrigin(req, settings)), attempt);
      } catch (error) {
        log.warn({ reason: describeProviderError(error) }, 'sign-in callback refused');
        refuse(res, 400, 'Sign-in failed', [
          'Your organisation’s sign-in service did not confirm who you are, so you are not signed in. This happens when a sign-in link is used twice or comes from another site.',
        ]);
        return;
      }
      const subject = String(answer.claims.sub);
      const displayName = String(answer.claims.name ?? answer.claims.preferred_username ?? answer.claims.email ?? subject);
      const person = mapClaims(answer.claims, settings.mapping);
      if (!person.role) {
        log.warn({ subject, issuer: answer.issuer }, 'signed in at the provider, but no role maps to them');
        refuse(res, 403, 'You do not have access to VAWG Insight', [
          `You signed in as ${displayName}, but your account has no VAWG Insight role (analyst, member, funder or councillor).`,
          `Ask ${settings.helpContact} to give your account access: they add it to the VAWG Insight group for your role, and for councillors, your ward.`,
        ], { href: '/auth/sign-in', text: 'Sign in with another account' });
        return;
      }
      const opened = await openSession(dataSource, { subject, displayName, role: person.role, wards: person.wards, issuer: answer.issuer, idToken: answer.idToken }, settings.maxHours, readCookie(req, sessionCookie));
      res.cookie(sessionCookie, opened.cookie, cookieOptions(settings, opened.expiresAt.getTime() - Date.now()));
      log.info({ subject, role: person.role, wards: person.wards }, 'signed in');
      const landing = attempt.returnTo === '/' && person.role === 'councillor' && person.wards[0] ? `/wards/${person.wards[0]}` : attempt.returnTo;
      res.redirect(303, landing);
    } catch (error) {
      next(error);
    }
  });

  router.get('/auth/session', async (req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      const signIn = settings.provider.kind === 'none' ? { available: false, why: settings.provider.why } : { available: true, provider: settings.provider.kind };
      const cookie = readCookie(req, sessionCookie);
      const session = cookie ? await resumeSession(dataSource, cookie, settings.idleMinutes) : undefined;
      if (!session) {
        if (cookie) clearCookie(res, settings, sessionCookie);
        res.status(cookie ? 401 : 200).json({ signedIn: false, ended: Boolean(cookie), signIn });
        return;
      }
      const { user, displayName, expiresAt } = session;
      res.json({ signedIn: true, name: displayName, role: user.role, wards: user.wards, expiresAt: expiresAt.toISOString(), idleMinutes: settings.idleMinutes, signIn });
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/sign-out', async (req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      const refusal = crossSiteRefusal(req, settings);
      if (refusal) {
        res.status(403).json({ error: refusal });
        return;
      }
      const cookie = readCookie(req, sessionCookie);
      const session = cookie ? await resumeSession(dataSource, cookie, settings.idleMinutes) : undefined;
      if (cookie) await endSession(dataSource, cookie);
      clearCookie(res, settings, sessionCookie);
      const party = relyingParty(req);
      // At the provider too (RP-initiated logout), if it offers it: else the next "Sign in" would pass straight through.
      const providerSignOut = party && session?.issuer ? await providerSignOutUrl(party, session.idToken, `${ownOrigin(req, settings)}/`).catch((error: unknown) => {
        log.warn({ reason: describeProviderError(error) }, 'could not build the provider sign-out address');
        return undefined;
      }) : undefined;
      res.json({ signedOut: true, providerSignOutUrl: providerSignOut ?? null });
    } catch (error) {
      next(error);
    }
  });

  const identifyFromSession = (identifyByToken: RequestHandler): RequestHandler => (req, res, next) => {
    const cookie = readCookie(req, sessionCookie);
    // An Authorization header with a credential (a script's token or API key) always decides; "Bearer" alone names none.
    if (!cookie || !/^(Bearer\s*)?$/i.test(req.headers.authorization ?? '')) {
      identifyByToken(req, res, next);
      return;
    }
    const refusal = crossSiteRefusal(req, settings);
    if (refusal) {
      res.locals.caller = { refusal: new GraphQLError(refusal, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } }) } satisfies Caller;
      next();
      return;
    }
    resumeSession(dataSource, cookie, settings.idleMinutes).then(
      (session) => {
        if (session) {
          res.locals.caller = { user: session.user } satisfies Caller;
          return;
        }
        clearCookie(res, settings, sessionCookie);
        res.locals.caller = { refusal: unauthenticated('Not signed in: your session has ended (you signed out, or it expired). Sign in again.') } satisfies Caller;
      },
      (error: unknown) => {
        res.locals.caller = { refusal: error } satisfies Caller;
      },
    ).then(() => next(), next);
  };

  return { router, identifyFromSession };
}
