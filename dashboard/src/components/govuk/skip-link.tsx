import './header.css';

/** The first focusable element on every page: jumps keyboard users past the header. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a href={`#${target}`} className="app-skip-link">
      Skip to main content
    </a>
  );
}
