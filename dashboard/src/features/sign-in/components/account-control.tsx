import { useState } from 'react';
import { useSignedInSession } from '../../../app/session-context';
import { signOutOfAccount } from '../../../app/session';
import { forgetToken } from '../../../app/stored-token';
import { useAllWards } from '../../../graphql/wards';
import { signedInAs } from '../../../app/roles';
import '../sign-in.css';

/** The header's end: who is signed in and "Sign out". Nothing for the demo token, which anyone may use. */
export function AccountControl() {
  const session = useSignedInSession();
  const { nameOf } = useAllWards();
  const [signingOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (!session || session.source === 'demo') return null;
  const who = signedInAs(session.role, session.wards, nameOf);

  const signOut = async () => {
    if (session.source === 'token') {
      forgetToken();
      return;
    }
    setSigningOut(true);
    setProblem(undefined);
    try {
      // The provider's sign-out page, or the sign-in page: a full load either way, so nothing of the session stays in memory.
      window.location.assign(await signOutOfAccount());
    } catch (error) {
      setSigningOut(false);
      setProblem(error instanceof TypeError ? 'The dashboard could not reach the server, so you are still signed in. Check your connection and try again.' : String((error as Error).message ?? error));
    }
  };

  return (
    <section className="app-header__account app-no-print" aria-label="Signed in">
      <p className="app-header__account-name">
        Signed in as{' '}
        <strong>{session.source === 'account' && session.name ? `${session.name} (${who})` : who}</strong>
        {session.source === 'token' ? ' with a pasted token' : ''}
      </p>
      <button type="button" className="app-button app-button--secondary app-header__account-button" onClick={signOut} disabled={signingOut}>
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
      {problem && (
        <p className="app-header__account-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
