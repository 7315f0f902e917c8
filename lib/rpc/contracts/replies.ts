import { z } from 'zod';
import type { SerializedError } from '../../errors/app-error';
import { REPLY_LIMITS } from '../../domain/replies';
import { method } from '../define';
import type { DeskDelivery } from './desk';

const categoryName = () => z.string().trim().min(1).max(REPLY_LIMITS.categoryName * 2);
const title = () => z.string().trim().min(1).max(REPLY_LIMITS.title * 2);
// Text is kept exactly as written (line breaks at either end included); it only must not be blank.
const text = () => z.string().refine((value) => value.trim().length > 0, 'required');

export const repliesContract = {
  /** Reads our categories from every number into the local copy; says which numbers failed. */
  'replies.sync': method<Array<{ installationId: string; error?: SerializedError }>>()(() => z.object({})),
  /** Creates (no id) or renames a category; answers its id. */
  'replies.saveCategory': method<string>()(() => z.object({ id: z.string().optional(), name: categoryName() })),
  'replies.deleteCategory': method<void>()(() => z.object({ id: z.string() })),
  /** Creates (no id) or edits a reply; answers its id. */
  'replies.saveReply': method<string>()(() => z.object({ categoryId: z.string(), id: z.string().optional(), title: title(), text: text() })),
  'replies.deleteReply': method<void>()(() => z.object({ categoryId: z.string(), replyId: z.string() })),
  /** Moves a category (no replyId) or a reply by `offset` places. */
  'replies.move': method<void>()(() => z.object({ categoryId: z.string(), replyId: z.string().optional(), offset: z.number().int() })),
  /** Adds imported categories and replies (matched by name and title). */
  'replies.import': method<{ categories: number; replies: number }>()(
    () => z.object({ groups: z.array(z.object({ name: categoryName(), replies: z.array(z.object({ title: title(), text: text() })) })).max(1000) }),
  ),
  /** Settles a change made on a number by someone else: keep ours or take theirs. */
  'replies.resolveConflict': method<void>()(() => z.object({ categoryId: z.string(), installationId: z.string(), keep: z.enum(['mine', 'theirs']) })),
  /** Puts a reply into the desk's message box the agent used last. */
  'replies.insert': method<DeskDelivery>()(() => z.object({ replyId: z.string() })),
};
