import type { Database } from '../../db/database';
import { enqueue, queuedWrites } from '../../db/outbox';
import { listInstallations } from '../../db/installations';
import { getCategory, inRepliesTransaction, listCategories, putCategory, updateCategory, visibleCategories } from '../../db/reply-categories';
import { deleteConflict, getConflict } from '../../db/reply-conflicts';
import { AppError } from '../../errors/app-error';
import {
  categoryFingerprint,
  categoryNameProblem,
  moveItem,
  newCategoryId,
  replyTextProblem,
  replyTitleProblem,
  type ReplyCategory,
} from '../../domain/replies';
import type { ReplyGroup } from '../../domain/replies-csv';
import type { ReplyCategoryRecord } from '../../domain/reply-records';
import { REPLIES_PUT, type RepliesPutPayload } from '../../domain/outbox-item';

/**
 * Edits to the ready replies: each changes the local copy and, in the same transaction, queues the
 * category for every number, so one edit reaches all of them (spec: "Actualización automática").
 */
export class RepliesService {
  constructor(private readonly db: Database) {}

  async saveCategory(input: { id?: string; name: string }, now = Date.now()): Promise<string> {
    return this.change(input.id, now, (current, all) => {
      const name = input.name.trim();
      invalidIf(categoryNameProblem(name, all.filter((other) => other.id !== current?.id).map((other) => other.name)), 'name');
      return current ? { ...current, name } : { id: newCategoryId(), name, replies: [], position: nextPosition(all), synced: {}, updatedAt: now };
    });
  }

  async deleteCategory(id: string, now = Date.now()): Promise<void> {
    await this.change(id, now, (current) => ({ ...required(current), deleted: true }));
  }

  async saveReply(categoryId: string, input: { id?: string; title: string; text: string }, now = Date.now()): Promise<string> {
    const replyId = input.id ?? crypto.randomUUID();
    await this.change(categoryId, now, (current) => {
      const category = required(current);
      const title = input.title.trim();
      invalidIf(replyTitleProblem(title, category.replies.filter((reply) => reply.id !== replyId).map((reply) => reply.title)), 'title');
      invalidIf(replyTextProblem(input.text), 'text');
      const reply = { id: replyId, title, text: input.text };
      const exists = category.replies.some((candidate) => candidate.id === replyId);
      return { ...category, replies: exists ? category.replies.map((candidate) => (candidate.id === replyId ? reply : candidate)) : [...category.replies, reply] };
    });
    return replyId;
  }

  async deleteReply(categoryId: string, replyId: string, now = Date.now()): Promise<void> {
    await this.change(categoryId, now, (current) => {
      const category = required(current);
      return { ...category, replies: category.replies.filter((reply) => reply.id !== replyId) };
    });
  }

  async moveReply(categoryId: string, replyId: string, offset: number, now = Date.now()): Promise<void> {
    await this.change(categoryId, now, (current) => {
      const category = required(current);
      return { ...category, replies: moveItem(category.replies, category.replies.findIndex((reply) => reply.id === replyId), offset) };
    });
  }

  /** Category order is the module's own (Blip keeps none), so it stays local and queues nothing. */
  async moveCategory(id: string, offset: number): Promise<void> {
    await inRepliesTransaction(this.db, async () => {
      const all = await visibleCategories(this.db);
      const moved = moveItem(all, all.findIndex((category) => category.id === id), offset);
      await Promise.all(moved.map((category, position) => updateCategory(this.db, category.id, { position })));
    });
  }

  /**
   * CSV import: categories are matched by name and replies by title; new ones are added at the end.
   * One change per category, so each is queued once per number however many replies it brings.
   */
  async importGroups(groups: ReplyGroup[], now = Date.now()): Promise<{ categories: number; replies: number }> {
    for (const group of groups) {
      const existing = (await listCategories(this.db)).find((category) => !category.deleted && category.name.toLowerCase() === group.name.trim().toLowerCase());
      await this.change(existing?.id, now, (current, all) => {
        const name = group.name.trim();
        if (!current) invalidIf(categoryNameProblem(name, all.map((other) => other.name)), 'name');
        const replies = [...(current?.replies ?? [])];
        for (const reply of group.replies) {
          const title = reply.title.trim();
          invalidIf(replyTitleProblem(title), 'title');
          invalidIf(replyTextProblem(reply.text), 'text');
          const index = replies.findIndex((candidate) => candidate.title.toLowerCase() === title.toLowerCase());
          if (index >= 0) replies[index] = { ...replies[index]!, title, text: reply.text };
          else replies.push({ id: crypto.randomUUID(), title, text: reply.text });
        }
        return current ? { ...current, replies } : { id: newCategoryId(), name, replies, position: nextPosition(all), synced: {}, updatedAt: now };
      });
    }
    return { categories: groups.length, replies: groups.reduce((count, group) => count + group.replies.length, 0) };
  }

  /**
   * Settles a change made elsewhere: keep ours (written over theirs on that number) or take theirs
   * (it becomes ours and goes to the other numbers).
   */
  async resolveConflict(categoryId: string, installationId: string, keep: 'mine' | 'theirs', now = Date.now()): Promise<void> {
    const conflict = await getConflict(this.db, categoryId, installationId);
    if (!conflict) throw new AppError('not-found', 'No such conflict');
    const theirs = conflict.theirs;
    if (keep === 'mine') {
      await inRepliesTransaction(this.db, async () => {
        await deleteConflict(this.db, categoryId, installationId);
        await queueFor(this.db, categoryId, installationId, now, theirs ? categoryFingerprint(theirs) : null);
      });
      return;
    }
    // Taking theirs may bring back a category deleted here meanwhile.
    await this.change(
      categoryId,
      now,
      (current, all) => {
        const category = current ?? { id: categoryId, name: theirs?.name ?? '', replies: [], position: nextPosition(all), synced: {}, updatedAt: now };
        const synced = { ...category.synced };
        if (theirs) synced[installationId] = categoryFingerprint(theirs);
        else delete synced[installationId];
        return theirs ? { ...category, name: theirs.name, replies: theirs.replies, synced, deleted: false } : { ...category, synced, deleted: true };
      },
      { skip: installationId, revive: true },
    );
  }

  /** Applies `edit` to one category (or a new one) and queues it for every number but `skip`. */
  private async change(
    id: string | undefined,
    now: number,
    edit: (current: ReplyCategoryRecord | undefined, all: ReplyCategoryRecord[]) => ReplyCategoryRecord,
    { skip, revive = false }: { skip?: string; revive?: boolean } = {},
  ): Promise<string> {
    const { db } = this;
    return inRepliesTransaction(db, async () => {
      const all = (await listCategories(db)).filter((category) => !category.deleted);
      const current = id === undefined ? undefined : await getCategory(db, id);
      if (id !== undefined && !revive && (!current || current.deleted)) throw new AppError('not-found', 'This category no longer exists');
      const next = { ...edit(current, all), updatedAt: now };
      await putCategory(db, next);
      if (skip) await deleteConflict(db, next.id, skip);
      for (const installation of await listInstallations(db)) {
        if (installation.id !== skip) await queueFor(db, next.id, installation.id, now);
      }
      return next.id;
    });
  }
}

/**
 * Queues a category for one number; the queued ones not yet on its way are replaced (delivery reads
 * the latest copy anyway), keeping a choice to write over a change made elsewhere. Call inside
 * `inRepliesTransaction`.
 */
export async function queueFor(db: Database, categoryId: string, installationId: string, now: number, overwrite?: string | null): Promise<void> {
  const waiting = (await queuedWrites(db, installationId, REPLIES_PUT)).filter((item) => item.status !== 'delivering' && (item.payload as RepliesPutPayload | null)?.categoryId === categoryId);
  const kept = overwrite !== undefined ? overwrite : waiting.map((item) => (item.payload as RepliesPutPayload).overwrite).find((value) => value !== undefined);
  const payload: RepliesPutPayload = kept !== undefined ? { categoryId, overwrite: kept } : { categoryId };
  await enqueue(db, { installationId, kind: REPLIES_PUT, payload }, now);
}

function nextPosition(all: ReplyCategoryRecord[]): number {
  return all.reduce((max, category) => Math.max(max, category.position + 1), 0);
}

function required(current: ReplyCategoryRecord | undefined): ReplyCategoryRecord {
  if (!current) throw new AppError('not-found', 'This category no longer exists');
  return current;
}

function invalidIf(problem: string | undefined, field: string): void {
  if (problem) throw new AppError('invalid-input', `Invalid ${field}`, { fields: [`${field}.${problem}`] });
}

/** The category as Blip stores it, or nothing when it is deleted or still empty (Blip keeps no empty category). */
export function publishedCategory(record: ReplyCategoryRecord): ReplyCategory | undefined {
  if (record.deleted || record.replies.length === 0) return undefined;
  return { id: record.id, name: record.name, replies: record.replies };
}
