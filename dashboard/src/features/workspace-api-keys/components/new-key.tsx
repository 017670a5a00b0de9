import { useEffect, useId, useRef, useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import type { CreatedApiKey } from '../graphql/types';

/** Copies with the Clipboard API, or where it is refused (no permission, not a secure page) by selecting the text and copying that. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** The key just made, shown this once, with a copy button; focused when it appears so it is not missed. */
export function NewKey({ created }: { created: CreatedApiKey }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const [copied, setCopied] = useState<string>('');
  useEffect(() => heading.current?.focus(), [created.key]);
  const copy = async () => {
    const done = await copyText(created.key, field.current);
    setCopied(done ? 'The key is copied to the clipboard.' : 'The browser would not copy it: the key is selected, so copy it with Ctrl+C (⌘C on a Mac).');
  };
  const { apiKey } = created;
  return (
    <section className="app-new-key" aria-labelledby={`${id}-heading`}>
      <h2 className="app-heading-m" id={`${id}-heading`} ref={heading} tabIndex={-1}>
        New key for {apiKey.name}
      </h2>
      <p className="app-body">
        <strong>Copy the key now: it will not be shown again.</strong> Only a fingerprint of it is kept, so nobody, not even an
        analyst, can read it later. If it is lost, revoke it and issue a new one.
      </p>
      <label className="app-label" htmlFor={`${id}-key`}>
        API key ({apiKey.role}
        {apiKey.expiresAt ? `, works until ${formatDateTime(apiKey.expiresAt)}` : ', works until revoked'})
      </label>
      <input id={`${id}-key`} ref={field} className="app-new-key__key" type="text" readOnly value={created.key} spellCheck={false} onFocus={(event) => event.target.select()} />
      <button type="button" className="app-button" onClick={copy}>
        Copy key
      </button>
      <p className="app-body" role="status">
        {copied}
      </p>
      <p className="app-hint">
        Scripts send it as the header <code>Authorization: Bearer {created.key.slice(0, 13)}…</code> to <code>/graphql</code> or{' '}
        <code>/downloads</code>.
      </p>
    </section>
  );
}
