/**
 * Ready replies ("Respuestas listas"): categories of text replies, the same on every number the
 * agent serves. Blip keeps them per bot (blip-api.md §12); ours carry the category id prefix below,
 * so replies created in the Blip portal stay out of the module, as the spec says.
 */
export const REPLY_LIMITS = { categoryName: 60, title: 30 } as const;

/** Marks a Desk reply category as created by this module. */
export const OUR_CATEGORY_PREFIX = 'asistencia-';

export interface ReadyReply {
  id: string;
  /** ≤ 30 characters (spec). */
  title: string;
  /** Text only, no limit (spec). */
  text: string;
}

export interface ReplyCategory {
  id: string;
  /** ≤ 60 characters (spec). */
  name: string;
  replies: ReadyReply[];
}

export type ReplyProblem = 'required' | 'too-long' | 'duplicate';

export function isOurCategoryId(id: string): boolean {
  return id.startsWith(OUR_CATEGORY_PREFIX);
}

export function newCategoryId(): string {
  return `${OUR_CATEGORY_PREFIX}${crypto.randomUUID()}`;
}

/** Characters as the user counts them (an emoji is one), so the counter matches what they see. */
export function visibleLength(text: string): number {
  return [...text].length;
}

/** A name that must be present, within `max` visible characters and unique (ignoring case) among `others`. */
function nameProblem(value: string, max: number, others: string[]): ReplyProblem | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'required';
  if (visibleLength(trimmed) > max) return 'too-long';
  if (others.some((other) => other.trim().toLowerCase() === trimmed.toLowerCase())) return 'duplicate';
  return undefined;
}

export function categoryNameProblem(name: string, others: string[] = []): ReplyProblem | undefined {
  return nameProblem(name, REPLY_LIMITS.categoryName, others);
}

export function replyTitleProblem(title: string, others: string[] = []): ReplyProblem | undefined {
  return nameProblem(title, REPLY_LIMITS.title, others);
}

export function replyTextProblem(text: string): ReplyProblem | undefined {
  return text.trim() ? undefined : 'required';
}

/**
 * A short, stable digest of a category's content. Each number remembers the digest it last
 * accepted from us, so a different one on the server means someone else changed it meanwhile.
 */
export function categoryFingerprint(category: Pick<ReplyCategory, 'name' | 'replies'>): string {
  const canonical = JSON.stringify([category.name, category.replies.map((reply) => [reply.id, reply.title, reply.text])]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < canonical.length; index++) {
    hash ^= canonical.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}-${canonical.length}`;
}

/** Moves the item at `from` by `offset` places, clamped to the list. */
export function moveItem<T>(items: T[], from: number, offset: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, from + offset));
  if (from < 0 || from === to) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}
