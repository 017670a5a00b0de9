import { paths } from '../../../app/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { WORKSPACE_TASKS } from '../workspace-tasks';
import '../workspace.css';

/** /workspace — the analysts' tasks, one link each. */
export function WorkspacePage() {
  useDocumentTitle('Workspace');
  return (
    <>
      <h1 className="app-heading-xl">Workspace</h1>
      <p className="app-body-l">Run the partnership’s data from here: everything an analyst does, without a terminal.</p>
      <ul className="app-task-list" aria-label="Tasks">
        {WORKSPACE_TASKS.map((task) => (
          <li key={task.href} className="app-task-list__item">
            <h2 className="app-heading-m">
              <a className="app-link" href={task.href}>
                {task.title}
              </a>
            </h2>
            <p className="app-body">{task.summary}</p>
          </li>
        ))}
      </ul>
      <p className="app-body">
        Every action here is checked by the server as it would be from a script, and recorded in the{' '}
        <a className="app-link" href={paths.workspaceAudit}>
          audit log
        </a>
        .
      </p>
    </>
  );
}
