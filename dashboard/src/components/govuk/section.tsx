import type { ReactNode } from 'react';

/** A section of a page under its own h2: the section is named by its heading (`${id}-heading`), so it is a landmark a screen reader can list. */
export function Section({ id, heading, className, children }: { id: string; heading: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section className={className ? `app-section ${className}` : 'app-section'} aria-labelledby={`${id}-heading`}>
      <h2 className="app-heading-l" id={`${id}-heading`}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
