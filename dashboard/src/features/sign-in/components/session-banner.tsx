import { paths } from '../../../app/paths';
import { useSignedInSession } from '../../../app/session-context';
import { forgetToken } from '../../../app/stored-token';
import { useAllWards } from '../../../graphql/wards';
import { signedInAs } from '../roles';
import '../sign-in.css';

/** Who the pages are shown to, with a way out, whenever someone signed in with their own token. */
export function SessionBanner() {
  const session = useSignedInSession();
  const { nameOf } = useAllWards();
  if (session?.source !== 'token') return null;
  return (
    <section className="app-session-banner app-no-print" aria-label="Signed in">
      <p>
        Signed in as <strong>{signedInAs(session.role, session.wards, nameOf)}</strong>. <a href={paths.signIn}>What you can see</a>
      </p>
      <button type="button" className="app-button app-button--secondary" onClick={forgetToken}>
        Sign out
      </button>
    </section>
  );
}
