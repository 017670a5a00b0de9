import { paths } from '../../../app/paths';
import { useSignedInSession } from '../../../app/session-context';
import { Notice } from '../../../components/govuk/notice';
import { isCouncillorWithoutWard } from '../../../app/roles';
import '../sign-in.css';

/** Above every page for a councillor whose account names no ward: why they see borough pages only, and what to do. */
export function SessionBanner() {
  const session = useSignedInSession();
  if (!session || !isCouncillorWithoutWard(session.role, session.wards)) return null;
  return (
    <Notice label="Your access">
      <p className="app-access-note">
        <strong>You see borough figures only.</strong> You are signed in as a councillor, but your account names no
        ward, and ward figures are shown only to the councillors of that ward. Ask the team that manages VAWG Insight
        accounts to add your ward to your account, then sign out and in again. <a href={paths.signIn}>What you can see</a>
      </p>
    </Notice>
  );
}
