import { getDb } from '../../../lib/db/database';
import { listSyncStates } from '../../../lib/db/contact-sync-state';

/** Runs in an extension page: every number's contact sync state, read through the product's repository. */
async function progress() {
  return (await listSyncStates(getDb())).map(({ installationId, phase, skip, total, running, lastSyncedAt, lastError }) => ({ installationId, phase, skip, total, running, lastSyncedAt, lastError: lastError?.code }));
}

(globalThis as unknown as { benchProgress: typeof progress }).benchProgress = progress;
