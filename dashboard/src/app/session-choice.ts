// This tab's choice to use an organisation account rather than a demo server's shared token, and
// the signal to ask the server again who is signed in. In sessionStorage: the choice lasts as long
// as the tab, so signing out (or a session ending) is not undone by a reload slipping into the demo.
const CHOICE_KEY = 'vawg:own-account';
const RECHECK = 'vawg:session-recheck';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage switched off: the demo token is offered as before
  }
}

export function ownAccountChosen(): boolean {
  return storage()?.getItem(CHOICE_KEY) === 'yes';
}

/** Set on signing in with an account and kept after signing out; cleared by "Continue with the demo data". */
export function chooseOwnAccount(chosen: boolean): void {
  if (chosen) storage()?.setItem(CHOICE_KEY, 'yes');
  else storage()?.removeItem(CHOICE_KEY);
}

/**
 * Asks the server again who is signed in: after a change of choice, or with `refused` after a
 * request was refused as signed out (the refusal clears the cookie, so the server can no longer
 * say the session ended: the dashboard says it).
 */
export function recheckSession({ refused = false }: { refused?: boolean } = {}): void {
  window.dispatchEvent(new CustomEvent(RECHECK, { detail: { refused } }));
}

export function onSessionRecheck(listener: (refused: boolean) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<{ refused?: boolean }>).detail?.refused === true);
  window.addEventListener(RECHECK, handler);
  return () => window.removeEventListener(RECHECK, handler);
}
