import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useId, useRef, useState, type FormEvent } from 'react';
import { createApolloClient } from '../../../app/apollo-client';
import { paths } from '../../../app/paths';
import { useAddress } from '../../../app/router';
import { signInAddress, signOutOfAccount, type SignedInSession, type SignInAvailability } from '../../../app/session';
import { chooseOwnAccount, recheckSession } from '../../../app/session-choice';
import { useSessionState } from '../../../app/session-context';
import { forgetToken, hasExpired, readTokenClaims, storeToken } from '../../../app/stored-token';
import { CheckTokenDocument } from '../../../graphql/generated/graphql';
import { describeError, isSignInError } from '../../../lib/describe-error';
import { formatDate } from '../../../lib/format';
import { useAllWards } from '../../../graphql/wards';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { isCouncillorWithoutWard, roleAccess, signedInAs } from '../../../app/roles';
import '../../../components/govuk/select.css';
import '../sign-in.css';

/** The server's own words for refusing a token, e.g. "Not signed in: the token has expired." */
function refusal(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message;
  if (!ServerError.is(error)) return undefined;
  try {
    const body = JSON.parse(error.bodyText) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message;
  } catch {
    return undefined;
  }
}

/** Why a pasted text cannot be used, or undefined when it can. Checked with the server, so a forged or stale token is refused here, once. */
async function problemWith(token: string): Promise<string | undefined> {
  if (token === '') return 'Paste your access token';
  if (token.startsWith('vik_')) {
    return 'That is an API key, for scripts and spreadsheets: send it as "Authorization: Bearer vik_…" to /graphql or /downloads. To use the dashboard, paste an access token (it starts eyJ).';
  }
  const claims = readTokenClaims(token);
  if (!claims) return 'That is not an access token: a token is one long line in three parts separated by dots, and starts eyJ.';
  if (hasExpired(claims)) {
    const expiry = new Date((claims.expiresAt ?? 0) * 1000).toISOString().slice(0, 10);
    return `That token expired on ${formatDate(expiry)}. Ask the VAWG Insight team for a new one.`;
  }
  const client = createApolloClient(token);
  try {
    await client.query({ query: CheckTokenDocument, fetchPolicy: 'no-cache' });
    return undefined;
  } catch (error) {
    if (!isSignInError(error)) return describeError(error);
    return `The server did not accept that token (${refusal(error)?.replace(/\.$/, '') ?? 'no reason given'}). Check you pasted all of it, or ask for a new one.`;
  } finally {
    client.stop();
  }
}

/** "Bearer eyJ…" pasted whole, or with spaces and line breaks from an email, still counts. */
function cleaned(text: string): string {
  return text.trim().replace(/^Bearer\s+/i, '').replace(/\s+/g, '');
}

function CurrentAccess({ session }: { session: SignedInSession }) {
  const { nameOf } = useAllWards();
  const claims = session.source === 'token' ? readTokenClaims(session.token) : undefined;
  const tokenExpiry = claims?.expiresAt ? new Date(claims.expiresAt * 1000) : undefined;
  const sessionEnd = session.expiresAt ? new Date(session.expiresAt) : undefined;
  const [signOutProblem, setSignOutProblem] = useState<string>();
  const signOut = async () => {
    if (session.source === 'token') return forgetToken();
    try {
      window.location.assign(await signOutOfAccount());
    } catch (error) {
      setSignOutProblem(error instanceof TypeError ? 'The dashboard could not reach the server, so you are still signed in. Try again.' : (error as Error).message);
    }
  };
  return (
    <section className="app-section" aria-labelledby="current-access-heading">
      <h2 className="app-heading-m" id="current-access-heading">
        You are signed in as {signedInAs(session.role, session.wards, nameOf)}
      </h2>
      <dl className="app-summary-list">
        {session.name && (
          <div className="app-summary-list__row">
            <dt>Name</dt>
            <dd>{session.name}</dd>
          </div>
        )}
        <div className="app-summary-list__row">
          <dt>Role</dt>
          <dd>{session.role}</dd>
        </div>
        {session.wards.length > 0 && (
          <div className="app-summary-list__row">
            <dt>Wards</dt>
            <dd>
              <ul className="app-inline-list">
                {session.wards.map((code) => (
                  <li key={code}>
                    <a href={paths.ward(code)}>{nameOf(code)} ward briefing</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div className="app-summary-list__row">
          <dt>What you can see</dt>
          <dd>{roleAccess(session.role, session.wards)}</dd>
        </div>
        <div className="app-summary-list__row">
          <dt>Signed in with</dt>
          <dd>{signedInWith(session, tokenExpiry ?? sessionEnd)}</dd>
        </div>
      </dl>
      {isCouncillorWithoutWard(session.role, session.wards) && (
        <p className="app-body">
          Ward figures are shown only to the councillors of that ward, and your account names none, so you see the
          borough pages. Ask the team that manages VAWG Insight accounts to add your ward to your account, then sign out
          and sign in again.
        </p>
      )}
      <p className="app-hint">
        {session.source === 'token'
          ? 'The role and wards are read from your token to show them here. The server checks the token on every request and decides what you see.'
          : 'The server checks your sign-in on every request and decides what you see.'}
      </p>
      {session.source !== 'demo' && (
        <button type="button" className="app-button app-button--secondary" onClick={signOut}>
          Sign out
        </button>
      )}
      {signOutProblem && (
        <p className="app-field-error" role="alert">
          {signOutProblem}
        </p>
      )}
    </section>
  );
}

const TIME = { dateStyle: 'long', timeStyle: 'short' } as const;

function signedInWith(session: SignedInSession, until: Date | undefined): string {
  const end = until ? `, until ${until.toLocaleString('en-GB', TIME)} at the latest` : '';
  switch (session.source) {
    case 'account':
      return `your organisation’s account${end}`;
    case 'token':
      return `a pasted token${until ? `, valid until ${until.toLocaleString('en-GB', TIME)}` : ''}`;
    case 'demo':
      return 'the demo sign-in this server hands out (it runs on synthetic data)';
  }
}

function TokenForm({ signedInWithToken, onSignedIn }: { signedInWithToken: boolean; onSignedIn: () => void }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = cleaned(text);
    setChecking(true);
    const found = await problemWith(token);
    setChecking(false);
    setProblem(found);
    if (found) {
      field.current?.focus();
      return;
    }
    storeToken(token);
    setText('');
    onSignedIn();
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <section className="app-section" aria-labelledby={`${id}-heading`}>
      <h2 className="app-heading-m" id={`${id}-heading`}>
        {signedInWithToken ? 'Sign in with another token' : 'Sign in with an access token'}
      </h2>
      <form onSubmit={submit} noValidate>
        <div className={`app-form-group${problem ? ' app-form-group--error' : ''}`}>
          <label className="app-label" htmlFor={id}>
            Access token
          </label>
          <p className="app-hint" id={hintId}>
            Paste the token you were given; it starts eyJ. It is kept in this browser tab only and forgotten when you close
            the tab or sign out.
          </p>
          {problem && (
            <p className="app-field-error" id={errorId}>
              <span className="app-visually-hidden">Error:</span> {problem}
            </p>
          )}
          <textarea
            ref={field}
            id={id}
            name="token"
            className="app-textarea"
            rows={4}
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
            aria-invalid={problem ? true : undefined}
          />
        </div>
        <button type="submit" className="app-button" disabled={checking}>
          {checking ? 'Checking the token…' : 'Sign in'}
        </button>
      </form>
      <p className="app-body app-secondary-text">
        Tokens are for developers and testing; everyone else signs in with their organisation’s account. On a
        development server, <code>npm run token -- --role councillor --ward</code> and a ward’s GSS code prints one.
      </p>
    </section>
  );
}

/** "Sign in" with the organisation's account: the server sends the browser to the identity provider and back to `returnTo`. */
function AccountSignIn({ signIn, returnTo, again }: { signIn: SignInAvailability; returnTo: string; again: boolean }) {
  if (!signIn.available) {
    return (
      <p className="app-body">
        Signing in with an organisation account is not set up on this server: {signIn.why.replace(/\.?$/, '.')} Ask the
        team that runs it, or use a token (developer options, below).
      </p>
    );
  }
  return (
    <>
      <a href={signInAddress(returnTo)} className="app-button app-button--start" draggable={false}>
        {again ? 'Sign in again' : 'Sign in'}
      </a>
      <p className="app-hint">You go to your organisation’s sign-in page, then come back here.</p>
    </>
  );
}

function WhoCanSignIn() {
  return (
    <section className="app-section" aria-labelledby="who-can-sign-in-heading">
      <h2 className="app-heading-m" id="who-can-sign-in-heading">
        If you cannot sign in
      </h2>
      <p className="app-body">
        Sign in with the account you use for your other work: Lambeth Council staff and councillors with their council
        account, partners with their own organisation’s. Your account needs a VAWG Insight role: analyst, member of the
        Operational Group, funder or councillor. If it has none, the page you see after signing in says whom to ask.
      </p>
      <p className="app-body">
        Councillors see their own ward in detail. A councillor whose account names no ward sees the borough pages only,
        until their ward is added to the account.
      </p>
    </section>
  );
}

/** Pasting a token: for developers and scripts' owners, out of everyone else's way. */
function DeveloperOptions({ signedInWithToken, onSignedIn }: { signedInWithToken: boolean; onSignedIn: () => void }) {
  return (
    <details className="app-details" open={signedInWithToken || undefined}>
      <summary className="app-details__summary">
        <span className="app-details__summary-text">Developer options</span>
      </summary>
      <div className="app-details__text">
        <TokenForm signedInWithToken={signedInWithToken} onSignedIn={onSignedIn} />
      </div>
    </details>
  );
}

/** The sign-in page: "Sign in" with the organisation's account, who is signed in, and a token for developers. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const state = useSessionState();
  const session = state.state === 'signed-in' ? state : null;
  const signedOut = state.state === 'signed-out' ? state : null;
  const { pathname, search } = useAddress();
  const returnTo = `${pathname}${search.size ? `?${search}` : ''}`;
  const [justSignedIn, setJustSignedIn] = useState(false);
  const continueWithDemo = () => {
    chooseOwnAccount(false);
    recheckSession();
  };
  return (
    <>
      <h1 className="app-heading-xl">Sign in</h1>
      <div role="status">
        {justSignedIn && session?.source === 'token' && (
          <div className="app-success">
            <p>You are signed in. Every page now shows what your token allows.</p>
          </div>
        )}
      </div>
      {signedOut?.ended && (
        <div className="app-notice" role="alert">
          <h2 className="app-heading-m">You have been signed out</h2>
          <p className="app-body">
            Your session has ended: you signed out, or you were signed in for too long or left the dashboard unused.
            Sign in again to carry on.
          </p>
        </div>
      )}
      {signedOut && (
        <>
          <p className="app-body-l">
            VAWG Insight shows figures to the people who work on violence against women and girls in Lambeth. Sign in
            with your organisation’s account to see the figures your role allows.
          </p>
          <AccountSignIn signIn={signedOut.signIn} returnTo={returnTo} again={signedOut.ended} />
          {signedOut.demoOffered && (
            <p className="app-body">
              This server runs on synthetic demo data. To look around without signing in,{' '}
              <button type="button" className="app-link-button" onClick={continueWithDemo}>
                continue with the demo data
              </button>
              .
            </p>
          )}
          <WhoCanSignIn />
        </>
      )}
      {session && <CurrentAccess session={session} />}
      {session?.source === 'demo' && (
        <section className="app-section" aria-labelledby="own-account-heading">
          <h2 className="app-heading-m" id="own-account-heading">
            Sign in with your own account
          </h2>
          <p className="app-body">To see what your own role allows (a councillor’s ward, for example), sign in with your organisation’s account.</p>
          <AccountSignIn signIn={{ available: true }} returnTo={paths.overview} again={false} />
        </section>
      )}
      <DeveloperOptions signedInWithToken={session?.source === 'token'} onSignedIn={() => setJustSignedIn(true)} />
    </>
  );
}
