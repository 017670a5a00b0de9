import { describeError } from '../../lib/describe-error';
import './problem-message.css';

/** A request that failed, in words the reader can act on: what could not be loaded, then why. */
export function ProblemMessage({ title, error }: { title: string; error: unknown }) {
  return (
    <div className="app-error-message" role="alert">
      <p className="app-error-message__title">{title}</p>
      <p>{describeError(error)}</p>
    </div>
  );
}
