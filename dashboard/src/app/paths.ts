// Addresses of the dashboard's pages, built in one place so links and routes agree.

export interface SeriesFilter {
  strand?: string | null;
  ward?: string | null;
}

export const paths = {
  overview: '/',
  review: '/review',
  strands: '/strands',
  issues: '/issues',
  /** An entry of the emerging-issues register. */
  issue: (id: string) => `/issues#${issueAnchor(id)}`,
  /** A measure's SPC chart, optionally for one Gaia strand or one ward. */
  measure(id: string, { strand, ward }: SeriesFilter = {}): string {
    const query = new URLSearchParams();
    if (strand) query.set('strand', strand);
    if (ward) query.set('ward', ward);
    const search = query.toString();
    return `/measures/${encodeURIComponent(id)}${search ? `?${search}` : ''}`;
  },
  wards: '/wards',
  /** A ward's page and briefing (GSS code), optionally for one financial year. */
  ward(code: string, financialYear?: string): string {
    return `/wards/${encodeURIComponent(code)}${financialYear ? `?${new URLSearchParams({ year: financialYear })}` : ''}`;
  },
  explorer: '/explorer',
  signIn: '/sign-in',
  /** The analysts' workspace: its front page and one page per task (analysts only; the server refuses others). */
  workspace: '/workspace',
  workspaceImports: '/workspace/imports',
  workspaceTargets: '/workspace/targets',
  workspaceNotes: '/workspace/notes',
  workspaceIssues: '/workspace/issues',
  workspaceApiKeys: '/workspace/api-keys',
  workspaceReturn: '/workspace/return',
  workspaceAudit: '/workspace/audit',
} as const;

/** The id of an issue's entry in the register, the target of links to it. */
export function issueAnchor(id: string): string {
  return `issue-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The measure id in a /measures/:id address, or undefined for any other address. */
export function measureIdIn(pathname: string): string | undefined {
  const match = /^\/measures\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** The GSS code in a /wards/:code address, or undefined for any other address. */
export function wardCodeIn(pathname: string): string | undefined {
  return /^\/wards\/(E05\d{6})\/?$/.exec(pathname)?.[1];
}

/** Header navigation: which page each link names, the addresses that count as "on" it, and who sees the link. */
export const NAVIGATION: readonly { href: string; text: string; isCurrent: (pathname: string) => boolean; analystsOnly?: boolean }[] = [
  { href: paths.overview, text: 'Overview', isCurrent: (pathname: string) => pathname === '/' },
  { href: paths.review, text: 'Quarterly review', isCurrent: (pathname: string) => pathname === paths.review },
  { href: paths.strands, text: 'Gaia strands', isCurrent: (pathname: string) => pathname === paths.strands },
  { href: paths.issues, text: 'Emerging issues', isCurrent: (pathname: string) => pathname === paths.issues },
  { href: paths.wards, text: 'Wards', isCurrent: (pathname: string) => pathname === paths.wards || pathname.startsWith(`${paths.wards}/`) },
  { href: paths.explorer, text: 'Explorer', isCurrent: (pathname: string) => pathname === paths.explorer },
  { href: paths.workspace, text: 'Workspace', analystsOnly: true, isCurrent: (pathname: string) => pathname === paths.workspace || pathname.startsWith(`${paths.workspace}/`) },
  { href: paths.signIn, text: 'Sign in', isCurrent: (pathname: string) => pathname === paths.signIn },
];
