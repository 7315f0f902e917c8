import { liveQuery } from '../../db/live';
import type { Database } from '../../db/database';
import { listInstallations } from '../../db/installations';
import { getSyncStates } from '../../db/contact-sync-state';
import type { ContactSyncState } from '../../domain/contact';
import { listContacts } from '../../blip/contacts';
import { syncContacts } from './contact-sync';
import type { BlipClients } from '../installations/clients';
import { ConcurrencyLimiter } from '../../blip/limiter';

/** Numbers whose contacts sync at once; the others wait their turn (a sync is long and reads a lot). */
export const NUMBERS_SYNCING_AT_ONCE = 3;

/**
 * How fresh a number's cache counts when the panel opens: an agent who opens and closes the panel
 * again and again does not start a pass (Blip calls, index writes) each time. The 5-minute alarm and
 * an explicit sync are not held back.
 */
export const FRESH_ON_OPEN_MS = 30_000;

/**
 * Keeps the contact cache of every number where the agent is an attendant (the numbers search
 * spans) fresh in the background. One pass per number at a time; callers share a running pass.
 */
export class ContactSyncService {
  private readonly inFlight = new Map<string, Promise<ContactSyncState>>();
  private readonly passes = new ConcurrencyLimiter(NUMBERS_SYNCING_AT_ONCE);

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  sync(installationId: string): Promise<ContactSyncState> {
    const running = this.inFlight.get(installationId);
    if (running) return running;
    const pass = this.passes
      .run(() =>
        syncContacts(
          {
            db: this.db,
            // Contacts belong to the bot that owns the number: the router in a router setup.
            fetchPage: async (query) => listContacts(await this.clients.forInstallation(installationId, { router: true }), query),
          },
          installationId,
        ),
      )
      .finally(() => this.inFlight.delete(installationId));
    this.inFlight.set(installationId, pass);
    return pass;
  }

  /** Every attendant number, a few at a time (see NUMBERS_SYNCING_AT_ONCE). */
  async syncAll(): Promise<void> {
    const ids = await this.attendantNumbers();
    await Promise.allSettled(ids.map((id) => this.sync(id)));
  }

  /** Syncs the numbers whose last pass ended more than FRESH_ON_OPEN_MS before `now` (or never ran). */
  async syncStale(now: number): Promise<void> {
    const ids = await this.attendantNumbers();
    const states = await getSyncStates(this.db, ids);
    await Promise.allSettled(ids.filter((_, index) => !(now - (states[index]?.lastSyncedAt ?? 0) < FRESH_ON_OPEN_MS)).map((id) => this.sync(id)));
  }

  /** Starts the first pass of numbers that never synced (a number was just added or became attendant). */
  async syncNew(): Promise<void> {
    const ids = await this.attendantNumbers();
    const states = await getSyncStates(this.db, ids);
    await Promise.allSettled(ids.filter((_, index) => !states[index]?.lastSyncedAt && !this.inFlight.has(ids[index]!)).map((id) => this.sync(id)));
  }

  /** Syncs new numbers whenever the numbers or their roles change. Returns the unsubscribe. */
  watchNumbers(): () => void {
    const subscription = liveQuery(() => this.attendantNumbers()).subscribe({
      next: () => void this.syncNew(),
      error: (error) => console.error('contact sync watch failed', error),
    });
    return () => subscription.unsubscribe();
  }

  private async attendantNumbers(): Promise<string[]> {
    const installations = await listInstallations(this.db);
    return installations.filter((installation) => installation.role === 'attendant').map((installation) => installation.id);
  }
}
