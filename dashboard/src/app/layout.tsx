import type { ReactNode } from 'react';
import { Footer } from '../components/govuk/footer';
import { Header } from '../components/govuk/header';
import { SkipLink } from '../components/govuk/skip-link';
import { NAVIGATION } from './paths';
import { useAddress, useInPageLinks } from './router';
import { useSignedInSession } from './session-context';

const MAIN_ID = 'main-content';

/** `account`: who is signed in and the way to sign out, at the header's end. */
export function Layout({ signedIn, account, children }: { signedIn: boolean; account?: ReactNode; children: ReactNode }) {
  const { pathname } = useAddress();
  useInPageLinks(MAIN_ID);
  const role = useSignedInSession()?.role;
  const links = signedIn ? NAVIGATION.filter((link) => !link.analystsOnly || role === 'analyst').map(({ href, text, isCurrent }) => ({ href, text, current: isCurrent(pathname) })) : [];
  return (
    <>
      <SkipLink target={MAIN_ID} />
      <Header serviceName="VAWG Insight" organisation="Safer Lambeth partnership" links={links} account={account} />
      <div className="app-width-container">
        <main id={MAIN_ID} className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer>
        <p>VAWG Insight: figures from the Safer Lambeth Violence Against Women and Girls partnership.</p>
      </Footer>
    </>
  );
}
