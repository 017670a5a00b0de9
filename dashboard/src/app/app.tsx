import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { AccountControl } from '../features/sign-in/components/account-control';
import { SessionBanner } from '../features/sign-in/components/session-banner';
import { createApolloClient } from './apollo-client';
import { DemoDataProvider } from './demo-data-context';
import { DemoDataNotice } from './demo-data-notice';
import { Layout } from './layout';
import { CurrentPage, SignInPage } from './routes';
import type { Session } from './session';
import { SessionProvider } from './session-context';
import { ConnectingPage, UnavailablePage } from './session-pages';
import { useSession } from './use-session';

function SignedIn({ token, demoData }: { token: string; demoData: boolean }) {
  const client = useMemo(() => createApolloClient(token), [token]);
  return (
    <ApolloProvider client={client}>
      <DemoDataProvider value={demoData}>
        <Layout signedIn account={<AccountControl />}>
          <SessionBanner />
          {demoData && <DemoDataNotice />}
          <CurrentPage />
        </Layout>
      </DemoDataProvider>
    </ApolloProvider>
  );
}

function Pages({ session }: { session: Session }) {
  switch (session.state) {
    case 'signed-in':
      return <SignedIn token={session.token} demoData={session.demoData} />;
    case 'loading':
      return (
        <Layout signedIn={false}>
          <ConnectingPage />
        </Layout>
      );
    case 'signed-out':
      return (
        <Layout signedIn={false}>
          <SignInPage />
        </Layout>
      );
    case 'unavailable':
      return (
        <Layout signedIn={false}>
          <UnavailablePage reason={session.reason} />
        </Layout>
      );
  }
}

export function App() {
  const session = useSession();
  return (
    <SessionProvider value={session}>
      <Pages session={session} />
    </SessionProvider>
  );
}
