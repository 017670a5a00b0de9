import crypto from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import { escapeHtml, page } from './sign-in.pages';

/** Someone the development provider can sign in as, and the claims it vouches for. */
export interface DevelopmentAccount {
  id: string;
  /** "councillor for Oval": the chooser's words. */
  label: string;
  claims: Record<string, unknown>;
}

export interface DevelopmentClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

/** The accounts `npm start` offers: each role, a councillor for each ward valid today, and someone with no role. */
export function developmentAccounts(wards: { code: string; name: string }[]): DevelopmentAccount[] {
  const person = (id: string, label: string, claims: Record<string, unknown>) => ({ id, label, claims: { name: `Development ${label}`, ...claims } });
  return [
    person('analyst', 'analyst', { roles: ['analyst'] }),
    person('member', 'member of the VAWG Operational Group', { roles: ['member'] }),
    person('funder', 'funder', { roles: ['funder'] }),
    ...wards.map((ward) => person(`councillor-${ward.code}`, `councillor for ${ward.name}`, { roles: ['councillor'], vawg_wards: [ward.code] })),
    person('councillor', 'councillor with no ward', { roles: ['councillor'] }),
    person('nobody', 'someone with no VAWG Insight role', {}),
  ];
}

// The small part of oidc-provider's API used here (it ships no types of its own).
interface ProviderInstance {
  proxy: boolean;
  callback(): (req: Request, res: Response) => void;
  interactionDetails(req: Request, res: Response): Promise<{ uid: string; prompt: { name: string }; params: Record<string, unknown> }>;
  interactionFinished(req: Request, res: Response, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;
interface GrantContext {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    provider: { Grant: { new (props: Record<string, unknown>): { addOIDCScope(scope: string): void; addOIDCClaims(claims: string[]): void; save(): Promise<string> }; find(id: string): Promise<unknown> } };
  };
}

/** oidc-provider is an ES module that jest cannot load: required only when a development provider starts. */
const providerClass = () => (require('oidc-provider') as { default: ProviderClass }).default;

function signingKey(): Record<string, unknown> {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomUUID(), use: 'sig', alg: 'RS256' };
}

function chooserPage(uid: string, basePath: string, accounts: DevelopmentAccount[]): string {
  const options = accounts.map((account, index) => `<label class="option"><input type="radio" name="account" value="${escapeHtml(account.id)}"${index === 0 ? ' checked' : ''}> ${escapeHtml(account.label)}</label>`);
  return page('Development sign-in', `<h1>Development sign-in</h1>
<p class="warning">This is the built-in identity provider of a development server. Anyone can sign in as anyone here; a production server refuses to run it and uses your organisation's provider instead.</p>
<form method="post" action="${escapeHtml(`${basePath}/interaction/${uid}`)}">
<fieldset><legend>Sign in as</legend>
${options.join('\n')}
</fieldset>
<button type="submit">Sign in</button>
</form>`);
}

/**
 * A real OpenID Connect provider (oidc-provider, the certified implementation) for development and
 * tests: the authorization code flow with PKCE required, signed ID tokens, RP-initiated logout.
 * Its sign-in page lists `accounts` to choose from instead of asking for a password. Mount the
 * router at the issuer's path.
 */
export function developmentProvider(options: { issuer: string; clients: DevelopmentClient[]; accounts: DevelopmentAccount[]; trustProxy?: boolean }): Router {
  const basePath = new URL(options.issuer).pathname.replace(/\/$/, '');
  const accounts = new Map(options.accounts.map((account) => [account.id, account]));
  // Whatever the accounts carry (roles, groups, wards…) goes into the ID token.
  const CLAIMS = [...new Set(['name', ...options.accounts.flatMap((account) => Object.keys(account.claims))])];
  const Provider = providerClass();
  const provider = new Provider(options.issuer, {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: { openid: ['sub', ...CLAIMS.filter((c) => c !== 'name')], profile: ['name'] },
    // The claims go into the ID token itself, as Entra ID puts groups and roles there.
    conformIdTokenClaims: false,
    clientBasedCORS: () => false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = page('Sign out of the development provider', `<h1>Sign out of the development provider?</h1>
${form}
<p>You have signed out of VAWG Insight. Sign out of the development provider too, so the next sign-in asks who you are.</p>
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign out</button>`);
        },
        postLogoutSuccessSource: async (ctx: { body: string }) => {
          ctx.body = page('Signed out', '<h1>You have signed out</h1><p><a href="/">Go to VAWG Insight</a></p>');
        },
      },
    },
    renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page('Sign-in problem', `<h1>The development provider refused the request</h1>${Object.entries(out).map(([k, v]) => `<p><strong>${escapeHtml(k)}</strong>: ${escapeHtml(String(v))}</p>`).join('')}`);
    },
    interactions: { url: async (_ctx: unknown, interaction: { uid: string }) => `${basePath}/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      return account && { accountId: id, claims: async () => ({ sub: `development-${id}`, ...account.claims }) };
    },
    // A first-party app: no consent screen, the grant covers what the app asks for.
    loadExistingGrant: async (ctx: GrantContext) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(['sub', ...CLAIMS]);
      await grant.save();
      return grant;
    },
  });
  provider.proxy = options.trustProxy ?? false;

  const router = Router();
  router.get('/interaction/:uid', async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      res.type('html').send(chooserPage(details.uid, basePath, options.accounts));
    } catch (error) {
      next(error);
    }
  });
  router.post('/interaction/:uid', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res, next) => {
    try {
      await provider.interactionDetails(req, res);
      const accountId = typeof req.body?.account === 'string' ? req.body.account : '';
      if (!accounts.has(accountId)) {
        res.status(400).type('html').send(page('Choose someone', `<h1>Choose whom to sign in as</h1><p><a href="${escapeHtml(`${basePath}/interaction/${req.params.uid}`)}">Back to the list</a></p>`));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  router.use(provider.callback());
  return router;
}
