import type { CompanionDb } from '../db/database';
import type { BlipClients } from './clients';
import type { BlipTransport } from '../blip/transport';
import { AppError } from '../errors/app-error';
import type { OutboxHandler } from '../sync/outbox';
import { deleteReplyCategory, getReplyCategory, listReplyCategories, putReplyCategory } from '../blip/replies';
import { categoryFingerprint, isOurCategoryId, type ReplyCategory } from '../domain/replies';
import { publishedCategory, REPLIES_PUT, type RepliesPutPayload } from './replies-service';

/**
 * Keeps each number's Desk replies and the local copy in step: delivers queued categories (never
 * over a change made elsewhere meanwhile) and reads back what changed on the numbers.
 */
export class RepliesSync {
  constructor(
    private readonly db: CompanionDb,
    private readonly clients: BlipClients,
  ) {}

  /**
   * Makes the number's copy match ours. If the number's copy is not the one we last saw there,
   * someone else changed it: record a conflict for the user instead of writing over it.
   */
  readonly deliver: OutboxHandler = async (item, commandId) => {
    const { categoryId, force } = item.payload as RepliesPutPayload;
    const record = await this.db.replyCategories.get(categoryId);
    if (!record) return;
    const transport = await this.clients.forInstallation(item.installationId);
    const remote = await readCategory(transport, categoryId, record.name);
    const ours = publishedCategory(record);
    const remoteFingerprint = remote && categoryFingerprint(remote);
    const oursFingerprint = ours && categoryFingerprint(ours);
    const changedElsewhere = remoteFingerprint !== record.synced[item.installationId] && remoteFingerprint !== oursFingerprint;
    if (changedElsewhere && !force) {
      await this.db.replyConflicts.put({ categoryId, installationId: item.installationId, theirs: remote ?? null, detectedAt: Date.now() });
      return;
    }
    if (ours) await putReplyCategory(transport, ours, commandId);
    else if (remote) await deleteReplyCategory(transport, categoryId, commandId);
    await this.db.transaction('rw', this.db.replyCategories, this.db.outbox, async () => {
      const latest = await this.db.replyCategories.get(categoryId);
      if (!latest) return;
      const synced = { ...latest.synced };
      if (oursFingerprint) synced[item.installationId] = oursFingerprint;
      else delete synced[item.installationId];
      const finished = latest.deleted && Object.keys(synced).length === 0 && !(await this.hasQueued(categoryId, item.id));
      if (finished) await this.db.replyCategories.delete(categoryId);
      else await this.db.replyCategories.update(categoryId, { synced });
    });
  };

  /** Reads our categories from every number; one failing number does not stop the others. */
  async pullAll(): Promise<Array<{ installationId: string; error?: AppError }>> {
    const installations = await this.db.installations.toArray();
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
   * Takes in what changed on one number since we last saw it: new categories, edits and deletions
   * made elsewhere. Categories with a change of ours on the way, or in conflict, wait for those.
   */
  async pull(installationId: string): Promise<void> {
    const transport = await this.clients.forInstallation(installationId);
    const summaries = (await listReplyCategories(transport)).filter((summary) => isOurCategoryId(summary.id));
    const remote = await Promise.all(summaries.map((summary) => getReplyCategory(transport, summary.id, summary.category ?? '')));
    const { db } = this;
    await db.transaction('rw', [db.replyCategories, db.replyConflicts, db.outbox], async () => {
      const busy = new Set([...(await this.queuedCategories(installationId)), ...(await db.replyConflicts.toArray()).filter((conflict) => conflict.installationId === installationId).map((conflict) => conflict.categoryId)]);
      const all = await db.replyCategories.toArray();
      let position = all.reduce((max, category) => Math.max(max, category.position + 1), 0);
      for (const category of remote) {
        if (busy.has(category.id)) continue;
        const fingerprint = categoryFingerprint(category);
        const local = all.find((candidate) => candidate.id === category.id);
        if (!local) await db.replyCategories.put({ ...category, position: position++, synced: { [installationId]: fingerprint }, updatedAt: Date.now() });
        else if (!local.deleted && local.synced[installationId] !== fingerprint) {
          const adopt = categoryFingerprint(local) !== fingerprint;
          await db.replyCategories.put({ ...local, ...(adopt ? { name: category.name, replies: category.replies, updatedAt: Date.now() } : {}), synced: { ...local.synced, [installationId]: fingerprint } });
        }
      }
      const present = new Set(remote.map((category) => category.id));
      for (const local of all) {
        if (busy.has(local.id) || present.has(local.id) || local.synced[installationId] === undefined) continue;
        const synced = { ...local.synced };
        delete synced[installationId];
        // Deleted on that number by someone else: gone here too once no number holds it.
        if (Object.keys(synced).length === 0) await db.replyCategories.delete(local.id);
        else await db.replyCategories.update(local.id, { synced });
      }
    });
  }

  private async queuedCategories(installationId: string): Promise<string[]> {
    const items = await this.db.outbox.where('installationId').equals(installationId).filter((item) => item.kind === REPLIES_PUT).toArray();
    return items.map((item) => (item.payload as RepliesPutPayload).categoryId);
  }

  private async hasQueued(categoryId: string, except: string): Promise<boolean> {
    const count = await this.db.outbox.filter((item) => item.id !== except && item.kind === REPLIES_PUT && (item.payload as RepliesPutPayload).categoryId === categoryId).count();
    return count > 0;
  }
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
