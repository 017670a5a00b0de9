/**
 * After the register changes, this page reads the register and the signals again. The public register
 * and the review ask the same root fields with the same arguments, so the fresh answers serve them too.
 */
export const REGISTER_CHANGED = {
  refetchQueries: ['WorkspaceIssues', 'WorkspaceSignals'],
  awaitRefetchQueries: true,
};

/** As many signals as the public register lists, so both read one cached answer. */
export const SIGNALS_SHOWN = 20;
