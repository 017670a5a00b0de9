/** A problem found in a partner's file, where a person can find it: line, column and value, and why. */
export interface RowIssue {
  /** Line of the file (1 is the header). */
  line: number;
  /** Column name, or empty for a problem with the whole row or file. */
  column: string;
  value: string;
  reason: string;
}

/** One problem as a person reads it: "  line 3, column date, value "2012-06-31": reason". */
export function formatIssue(issue: RowIssue): string {
  const where = issue.column ? `line ${issue.line}, column ${issue.column}` : `line ${issue.line}`;
  const value = issue.value === '' ? '' : `, value "${issue.value.length > 60 ? `${issue.value.slice(0, 60)}…` : issue.value}"`;
  return `  ${where}${value}: ${issue.reason}`;
}
