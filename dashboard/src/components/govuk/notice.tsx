import type { ReactNode } from 'react';
import './notice.css';

/** A bordered notice for something every reader must see (stays visible in print). */
export function Notice({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section className="app-notice" aria-label={label}>
      {children}
    </section>
  );
}
