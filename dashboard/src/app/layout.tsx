import type { ReactNode } from 'react';
import { Footer } from '../components/govuk/footer';
import { Header } from '../components/govuk/header';
import { SkipLink } from '../components/govuk/skip-link';
import { NAVIGATION } from './paths';
import { useAddress, useInPageLinks } from './router';

const MAIN_ID = 'main-content';

export function Layout({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const { pathname } = useAddress();
  useInPageLinks(MAIN_ID);
  const links = signedIn ? NAVIGATION.map(({ href, text, isCurrent }) => ({ href, text, current: isCurrent(pathname) })) : [];
  return (
    <>
      <SkipLink target={MAIN_ID} />
      <Header serviceName="VAWG Insight" organisation="Safer Lambeth partnership" links={links} />
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
