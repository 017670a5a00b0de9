import { findDeterminedCells } from './disclosure-auditor';
import type { DisclosureCube } from './disclosure-cube';
import { PUBLISHED, SECONDARY, type SuppressionMarks } from './primary-suppression';
import { cheapestWitness } from './protection-witness';
import { enforceNoLoneSuppression } from './secondary-suppression';

/**
 * Audit and repair: "two withheld cells per line" is not always enough, as lines combine. While
 * the exact auditor finds a primary cell that the published cells fix, withhold the cheapest box
 * that moves it (boxes never leave a line with a lone withheld cell; the line rule runs again
 * anyway). Returns the primary cells still fixed: those no box can move, because the borough
 * figures, which are always published, give them away.
 */
export function repairUntilProtected(cube: DisclosureCube, marks: SuppressionMarks, primaries: readonly number[]): number[] {
  for (;;) {
    const determined = findDeterminedCells(cube, (cell) => marks[cell] === PUBLISHED, primaries);
    let added = false;
    for (const cell of determined) {
      for (const extra of cheapestWitness(cube, marks, cell) ?? []) {
        marks[extra] = SECONDARY;
        added = true;
      }
    }
    if (!added) return determined;
    enforceNoLoneSuppression(cube, marks);
  }
}
