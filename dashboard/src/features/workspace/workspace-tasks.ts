import { paths } from '../../app/paths';

/** The analysts' tasks, in the order the workspace's front page lists them. */
export const WORKSPACE_TASKS = [
  { href: paths.workspaceImports, title: 'Imports', summary: 'Upload a partner’s file, read why rows were refused, see every import and undo one.' },
  { href: paths.workspaceTargets, title: 'Targets', summary: 'Set each measure’s target for a financial year: value, direction, tolerance and quarterly profile.' },
  { href: paths.workspaceNotes, title: 'Events and series breaks', summary: 'Add, change and remove the notes and breaks drawn on the time charts.' },
  { href: paths.workspaceIssues, title: 'Emerging issues', summary: 'Keep the register: new issues, status, dated updates, and the signals filed under each.' },
  { href: paths.workspaceApiKeys, title: 'API keys', summary: 'Issue keys to funders and scripts, see when each was last used, revoke them.' },
  { href: paths.workspaceReturn, title: 'Quarterly return', summary: 'Preview and publish the return to MOPAC, and read revisions of published figures.' },
  { href: paths.workspaceAudit, title: 'Audit log', summary: 'Who asked for what and when: filter, page through and download.' },
] as const;
