import { useDocumentTitle } from '../lib/use-document-title';

export function ConnectingPage() {
  useDocumentTitle('Connecting');
  return (
    <p className="app-body" role="status">
      Connecting to the VAWG Insight server…
    </p>
  );
}

export function UnavailablePage({ reason }: { reason: string }) {
  useDocumentTitle('Sorry, there is a problem');
  return (
    <>
      <h1 className="app-heading-l">Sorry, the dashboard could not start</h1>
      <p className="app-body">{reason}</p>
    </>
  );
}

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1 className="app-heading-l">Page not found</h1>
      <p className="app-body">If you typed the web address, check it is correct.</p>
      <p className="app-body">
        <a className="app-link" href="/">
          Go to the overview
        </a>
      </p>
    </>
  );
}
