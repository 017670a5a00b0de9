/** The ONS symbol for a withheld value, and the legend that explains it wherever it appears. */
export const SUPPRESSED_SYMBOL = '[c]';
export const SUPPRESSED_LEGEND = '[c] confidential: a small number withheld to protect individuals';

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A figure as tables print it: "[c]" when withheld, otherwise the number in en-GB style. */
export function formatDisclosedValue(
  value: number | null,
  suppressed: boolean,
  format: (value: number) => string = (v) => wholeNumber.format(v),
): string {
  if (suppressed || value === null) return SUPPRESSED_SYMBOL;
  return format(value);
}
