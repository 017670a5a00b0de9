import './charts.css';

export type ChartState = 'loading' | 'error' | 'empty' | 'ready';

export interface ChartStatusMessages {
  /** One sentence saying what the figures show. */
  summary: string;
  loading?: boolean;
  loadingMessage?: string;
  /** A plain-English account of what went wrong; replaces the chart. */
  error?: string;
  emptyMessage?: string;
}

/** Which of its four states a chart is in: an error wins, then loading, then no data. */
export function chartState({ error, loading }: Pick<ChartStatusMessages, 'error' | 'loading'>, rowCount: number): ChartState {
  return error ? 'error' : loading ? 'loading' : rowCount === 0 ? 'empty' : 'ready';
}

/**
 * The sentence above a chart: its summary, or why there is no chart. Always present, so screen
 * readers hear when the figures change.
 */
export function ChartStatus({
  state,
  id,
  summary,
  loadingMessage = 'Loading the figures…',
  error,
  emptyMessage = 'There are no figures to show for this period.',
}: ChartStatusMessages & { state: ChartState; id: string }) {
  const message = { error, loading: loadingMessage, empty: emptyMessage, ready: summary }[state];
  return (
    <div aria-live="polite" className={`app-chart__status app-chart__status--${state}`}>
      {state === 'error' && <p className="app-chart__error-title">These figures could not be shown</p>}
      <p id={id} className="app-chart__message">
        {message}
      </p>
    </div>
  );
}
