import type { ChartGap, GapMeanings } from './chart-types';
import { seriesColour } from './palette';
import './charts.css';

/**
 * The key beneath a chart with estimates or gaps: a swatch drawn as the chart draws it, and the words
 * the table uses. Visible to everyone (the swatches alone are hidden), so "not collected" and
 * "estimate" are explained in words, not only in hatching (WCAG 1.4.1).
 */
export function ChartKey({
  categories,
  gaps,
  gapMeanings = {},
}: {
  categories: readonly { label: string; estimate?: boolean }[];
  gaps: readonly ChartGap[];
  gapMeanings?: GapMeanings;
}) {
  const estimates = categories.some((category) => category.estimate);
  const words = [...new Set(gaps.map((gap) => gap.words))];
  if (!estimates && words.length === 0) return null;
  return (
    <ul className="app-chart-legend app-chart-key">
      {estimates &&
        categories.map((category, index) => (
          <li key={category.label}>
            <span
              className={`app-chart-key__swatch${category.estimate ? ' app-chart-key__swatch--estimate' : ''}`}
              style={{ '--app-swatch': seriesColour(index) } as React.CSSProperties}
              aria-hidden="true"
            />
            {category.label}
          </li>
        ))}
      {words.map((word) => (
        <li key={word}>
          <span className="app-chart-key__swatch app-chart-key__swatch--gap" aria-hidden="true" />
          <span>
            <strong>{word}</strong>
            {gapMeanings[word] ? `: ${gapMeanings[word]}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
