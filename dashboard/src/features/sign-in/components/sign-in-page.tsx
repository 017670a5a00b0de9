import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useId, useRef, useState, type FormEvent } from 'react';
import { createApolloClient } from '../../../app/apollo-client';
import { paths } from '../../../app/paths';
import type { SignedInSession } from '../../../app/session';
import { useSignedInSession } from '../../../app/session-context';
import { forgetToken, hasExpired, readTokenClaims, storeToken } from '../../../app/stored-token';
import { describeError, isSignInError } from '../../../lib/describe-error';
import { formatDate } from '../../../lib/format';
import { useAllWards } from '../../../graphql/wards';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CheckTokenQuery } from '../graphql/documents';
import { roleAccess, signedInAs } from '../roles';
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
    await client.query({ query: CheckTokenQuery, fetchPolicy: 'no-cache' });
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
  const expiry = claims?.expiresAt ? new Date(claims.expiresAt * 1000) : undefined;
  return (
    <section className="app-section" aria-labelledby="current-access-heading">
      <h2 className="app-heading-m" id="current-access-heading">
        You are signed in as {signedInAs(session.role, session.wards, nameOf)}
      </h2>
      <dl className="app-summary-list">
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
          <dd>{roleAccess(session.role)}</dd>
        </div>
        <div className="app-summary-list__row">
          <dt>Signed in with</dt>
          <dd>
            {session.source === 'demo'
              ? 'the demo token this server hands out (it runs on synthetic data)'
              : `your own token${expiry ? `, valid until ${expiry.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}` : ''}`}
          </dd>
        </div>
      </dl>
      <p className="app-hint">
        The role and wards are read from your token to show them here. The server checks the token on every request and
        decides what you see.
      </p>
      {session.source === 'token' && (
        <button type="button" className="app-button app-button--secondary" onClick={forgetToken}>
          Sign out
        </button>
      )}
    </section>
  );
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
        {signedInWithToken ? 'Sign in with another token' : 'Sign in with your access token'}
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
        No token? Councillors, funders and members of the Operational Group get one from the VAWG Insight team. On a
        development server, <code>npm run token -- --role councillor --ward</code> and a ward’s GSS code prints one.
      </p>
    </section>
  );
}

/** Sign in by pasting an access token: for councillors, funders and anyone else the demo token does not stand for. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const session = useSignedInSession();
  const [justSignedIn, setJustSignedIn] = useState(false);
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
      {!session && (
        <p className="app-body-l">
          This VAWG Insight server only shows figures to people who are signed in. Paste your access token to see the
          figures your role allows.
        </p>
      )}
      {session && <CurrentAccess session={session} />}
      <TokenForm signedInWithToken={session?.source === 'token'} onSignedIn={() => setJustSignedIn(true)} />
    </>
  );
}
