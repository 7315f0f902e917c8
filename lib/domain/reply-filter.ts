import { foldText } from './text-fold';

export interface FilterableReply {
  title: string;
  text: string;
}

/**
 * The palette's filter: every typed word must appear in the title or the text, ignoring accents
 * and case. Titles that start with the query come first; otherwise the given order (most used) stays.
 */
export function filterReplies<T extends FilterableReply>(replies: T[], query: string): T[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return replies;
  const folded = foldText(query.trim());
  const matches = replies
    .map((reply, index) => ({ reply, index, title: foldText(reply.title), text: foldText(reply.text) }))
    .filter(({ title, text }) => words.every((word) => title.includes(word) || text.includes(word)));
  return matches.sort((a, b) => Number(b.title.startsWith(folded)) - Number(a.title.startsWith(folded)) || a.index - b.index).map(({ reply }) => reply);
}
