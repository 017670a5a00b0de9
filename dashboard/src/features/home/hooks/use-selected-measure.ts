import { useQueryParam } from '../../../app/router';

/**
 * The measure chosen for the chart, kept in the address (?measure=…) so a view can be shared or bookmarked.
 * Falls back to `fallback` when the address names nothing, or a measure that is not offered.
 */
export function useSelectedMeasure(offered: readonly string[], fallback: string): [string | undefined, (id: string) => void] {
  const [requested, choose] = useQueryParam('measure');
  const selected = [requested, fallback].find((id): id is string => id !== null && offered.includes(id)) ?? offered[0];
  return [selected, choose];
}
