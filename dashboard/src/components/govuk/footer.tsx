import type { ReactNode } from 'react';
import './footer.css';

export function Footer({ children }: { children: ReactNode }) {
  return (
    <footer className="app-footer">
      <div className="app-width-container">{children}</div>
    </footer>
  );
}
