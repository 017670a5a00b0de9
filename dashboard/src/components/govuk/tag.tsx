import type { ReactNode } from 'react';
import './tag.css';

export type TagColour = 'green' | 'yellow' | 'red' | 'grey' | 'blue' | 'orange';

/** A GOV.UK tag: a short status in words. Its colour only repeats what the words say. */
export function Tag({ colour, children }: { colour: TagColour; children: ReactNode }) {
  return <strong className={`app-status-tag app-status-tag--${colour}`}>{children}</strong>;
}
