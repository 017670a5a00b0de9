import type { ApolloCache } from '@apollo/client';
import { evictQueries } from '../../../graphql/figures-changed';

/**
 * After a note or break changes: this page reads the lists again, and every time chart held in the
 * cache (events beneath it, SPC segments) is dropped, so the next one shown asks the server afresh.
 */
export const CHART_EVENTS_CHANGED = {
  refetchQueries: ['WorkspaceNotes'],
  awaitRefetchQueries: true,
  update(cache: ApolloCache) {
    evictQueries(cache, ['annotations', 'spcChart', 'targetStatuses', 'targetReview']);
  },
};
