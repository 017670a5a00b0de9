import './no-targets.css';

/**
 * What the review and the overview say for a year without targets: the API's own words (one message,
 * written in one place), marked out so nobody reads the empty table as "all on track".
 */
export function NoTargets({ message }: { message: string | null }) {
  return <p className="app-body app-no-targets">{message ?? 'No targets have been set for this year.'}</p>;
}
