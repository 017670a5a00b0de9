/** The ONS symbol for a withheld value, and the legend that explains it wherever it appears. */
export const SUPPRESSED_SYMBOL = '[c]';
export const SUPPRESSED_LEGEND = '[c] confidential: a small number withheld to protect individuals';

