import type { Database } from '../../db/database';
import { listInstallations } from '../../db/installations';
import { queuedWrites, queuedWritesOfKind } from '../../db/outbox';
import { deleteCategory, getCategory, inRepliesTransaction, listCategories, putCategory, updateCategory } from '../../db/reply-categories';
import { listConflicts, putConflict } from '../../db/reply-conflicts';
import type { BlipClients } from '../installations/clients';
import type { BlipTransport } from '../../blip/transport';
import { AppError } from '../../errors/app-error';
import type { OutboxHandler } from '../outbox/outbox-runner';
import { deleteReplyCategory, getReplyCategory, listReplyCategories, putReplyCategory } from '../../blip/replies';
import { categoryFingerprint, isOurCategoryId, type ReplyCategory } from '../../domain/replies';
import type { ReplyCategoryRecord } from '../../domain/reply-records';
import { publishedCategory, queueFor } from './replies-service';
import { REPLIES_PUT, type RepliesPutPayload } from '../../domain/outbox-item';

/**
 * Keeps each number's Desk replies and the local copy in step. The local copy is the one list the
 * agent sees; a change found on any number (made elsewhere) is taken in and sent on to the other
 * numbers, and a number whose copy changed while ours was on its way becomes a conflict for the user.
 */
export class RepliesSync {
  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  /**
   * Makes the number's copy match ours. If the number's copy is not the one we last saw there,
   * someone else changed it: record a conflict for the user instead of writing over it. The number's
   * copy is always read first, so an earlier attempt that landed is recognised and not written again.
   */
  readonly deliver: OutboxHandler = async (item, { commandId, payload, inDoubt, beforeResend }) => {
    const { categoryId, overwrite } = payload as RepliesPutPayload;
    const record = await getCategory(this.db, categoryId);
    if (!record) return;
    const transport = await this.clients.forInstallation(item.installationId);
    const remote = await readCategory(transport, categoryId, record.name);
    const ours = publishedCategory(record);
    const remoteFingerprint = remote && categoryFingerprint(remote);
    const oursFingerprint = ours && categoryFingerprint(ours);
    const chosenOver = overwrite !== undefined && (remoteFingerprint ?? null) === overwrite;
    if (remoteFingerprint !== record.synced[item.installationId] && remoteFingerprint !== oursFingerprint && !chosenOver) {
      await putConflict(this.db, { categoryId, installationId: item.installationId, theirs: remote ?? null, detectedAt: Date.now() });
      return;
    }
    if (remoteFingerprint !== oursFingerprint) {
      if (inDoubt) beforeResend();
      if (ours) await putReplyCategory(transport, ours, commandId);
      else await deleteReplyCategory(transport, categoryId, commandId);
    }
    await inRepliesTransaction(this.db, async () => {
      const latest = await getCategory(this.db, categoryId);
      if (!latest) return;
      const synced = { ...latest.synced };
      if (oursFingerprint) synced[item.installationId] = oursFingerprint;
      else delete synced[item.installationId];
      const finished = latest.deleted && Object.keys(synced).length === 0 && !(await this.hasQueued(categoryId, item.id));
      if (finished) await deleteCategory(this.db, categoryId);
      else await updateCategory(this.db, categoryId, { synced });
    });
  };

  /** Reads our categories from every number; one failing number does not stop the others. */
  async pullAll(): Promise<Array<{ installationId: string; error?: AppError }>> {
    const installations = await listInstallations(this.db);
    return Promise.all(
      installations.map((installation) =>
        this.pull(installation.id).then(
          () => ({ installationId: installation.id }),
          (error: unknown) => ({ installationId: installation.id, error: error instanceof AppError ? error : new AppError('internal', String(error)) }),
        ),
      ),
    );
  }

  /**
   * Takes in what changed on one number since we last saw it — categories created, edited or deleted
   * elsewhere — and sends it on to the other numbers. A category that changed here while the number
   * was being read (an edit, or a delivery), or has a change of ours queued, or is in conflict, waits.
   */
  async pull(installationId: string): Promise<void> {
    const { db } = this;
    const stampsBefore = new Map((await listCategories(db)).map((record) => [record.id, stamp(record, installationId)]));
    const transport = await this.clients.forInstallation(installationId);
    const summaries = (await listReplyCategories(transport)).filter((summary) => isOurCategoryId(summary.id));
    const remote = await Promise.all(summaries.map((summary) => getReplyCategory(transport, summary.id, summary.category ?? '')));
    const now = Date.now();
    await inRepliesTransaction(db, async () => {
      const numbers = (await listInstallations(db)).map((installation) => installation.id);
      const conflicted = (await listConflicts(db)).filter((conflict) => conflict.installationId === installationId).map((conflict) => conflict.categoryId);
      const busy = new Set([...(await this.queuedCategories(installationId)), ...conflicted]);
      const all = await listCategories(db);
      const waits = (id: string, local: ReplyCategoryRecord | undefined) => busy.has(id) || (local ? stamp(local, installationId) : undefined) !== stampsBefore.get(id);
      const sendOn = async (id: string) => {
        for (const other of numbers) if (other !== installationId) await queueFor(db, id, other, now);
      };
      let position = all.reduce((max, category) => Math.max(max, category.position + 1), 0);
      for (const category of remote) {
        const local = all.find((candidate) => candidate.id === category.id);
        if (waits(category.id, local) || local?.deleted) continue;
        const fingerprint = categoryFingerprint(category);
        if (local?.synced[installationId] === fingerprint) continue;
        if (local && categoryFingerprint(local) === fingerprint) {
          await updateCategory(db, local.id, { synced: { ...local.synced, [installationId]: fingerprint } });
          continue;
        }
        // Created or changed elsewhere: ours now, and on its way to the other numbers.
        const base = local ?? { position: position++, synced: {} };
        await putCategory(db, { ...base, ...category, synced: { ...pruned(base.synced, numbers), [installationId]: fingerprint }, updatedAt: now });
        await sendOn(category.id);
      }
      const present = new Set(remote.map((category) => category.id));
      for (const local of all) {
        if (present.has(local.id) || local.deleted || waits(local.id, local)) continue;
        if (local.synced[installationId] !== undefined) {
          // Deleted on that number by someone else: deleted here and on the other numbers too.
          const synced = pruned(local.synced, numbers);
          delete synced[installationId];
          if (Object.keys(synced).length === 0) await deleteCategory(db, local.id);
          else {
            await putCategory(db, { ...local, synced, deleted: true, updatedAt: now });
            await sendOn(local.id);
          }
        } else if (publishedCategory(local)) {
          // This number never got it (added after the category was made): send it.
          await queueFor(db, local.id, installationId, now);
        }
      }
    });
  }

  private async queuedCategories(installationId: string): Promise<string[]> {
    const items = await queuedWrites(this.db, installationId, REPLIES_PUT);
    return items.map((item) => (item.payload as RepliesPutPayload | null)?.categoryId).filter((id): id is string => id !== undefined);
  }

  private async hasQueued(categoryId: string, except: string): Promise<boolean> {
    const items = await queuedWritesOfKind(this.db, REPLIES_PUT);
    return items.some((item) => item.id !== except && (item.payload as RepliesPutPayload | null)?.categoryId === categoryId);
  }
}

/** What must not change while a number is read for its copy to be taken in. */
function stamp(record: ReplyCategoryRecord, installationId: string): string {
  return `${record.updatedAt}|${record.deleted ? 'x' : ''}|${record.synced[installationId] ?? ''}`;
}

/** Drops what is remembered about numbers that were removed. */
function pruned(synced: Record<string, string>, numbers: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(synced).filter(([id]) => numbers.includes(id)));
}

async function readCategory(transport: BlipTransport, id: string, name: string): Promise<ReplyCategory | undefined> {
  try {
    const category = await getReplyCategory(transport, id, name);
    return category.replies.length ? category : undefined;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') return undefined;
    throw error;
  }
}
