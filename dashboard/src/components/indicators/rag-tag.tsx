import type { Rag } from '../../graphql/generated/graphql';
import { Tag, type TagColour } from '../govuk/tag';

/** RAG in words first: the colour is a second signal, never the only one. */
export const RAG_TEXT: Record<Rag, string> = {
  GREEN: 'On track',
  AMBER: 'At risk',
  RED: 'Off track',
  NONE: 'No target',
};

const RAG_COLOUR: Record<Rag, TagColour> = { GREEN: 'green', AMBER: 'yellow', RED: 'red', NONE: 'grey' };

export function RagTag({ rag }: { rag: Rag }) {
  return <Tag colour={RAG_COLOUR[rag]}>{RAG_TEXT[rag]}</Tag>;
}
