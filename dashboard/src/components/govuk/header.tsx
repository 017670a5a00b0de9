import type { ReactNode } from 'react';
import './header.css';

export interface HeaderLink {
  href: string;
  text: string;
  current: boolean;
}

export function Header({ serviceName, organisation, links, account }: { serviceName: string; organisation: string; links: readonly HeaderLink[]; account?: ReactNode }) {
  return (
    <header className="app-header">
      <div className="app-width-container app-header__container">
        <p className="app-header__brand">
          <a href="/" className="app-header__service-name">
            {serviceName}
          </a>
          <span className="app-header__organisation">{organisation}</span>
        </p>
        {links.length > 0 && (
          <nav className="app-header__navigation" aria-label="Dashboard pages">
            <ul className="app-header__navigation-list">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="app-header__link" aria-current={link.current ? 'page' : undefined}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {account}
      </div>
    </header>
  );
}
