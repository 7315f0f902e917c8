import { liveQuery } from '../db/live';
import type { Database } from '../db/database';
import { eachPage } from '../db/contact-pages';
import { listInstallations } from '../db/installations';
import { listSyncStates } from '../db/contact-sync-state';
import type { Installation } from '../domain/installation';
import type { SearchResult, SearchStatus } from '../domain/contact-search';
import type { ContactIndex } from './contact-index';
import { ContactIndexBuilder } from './index-builder';

/** Least time between two rebuilds while a sync keeps writing. */
const REBUILD_GAP_MS = 3_000;

/**
 * Owns the contact index of one context: builds it from the Dexie cache a few page records at a time, rebuilds when a sync wrote contacts (at most every few seconds, the previous index serves
 * meanwhile), and answers queries across the attendant numbers only.
 */
export class SearchEngine {
  private index: ContactIndex | undefined;
  private numbers: Installation[] = [];
  private building = false;
  private dirty = false;
  private lastBuild = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: Database,
    private readonly onStatus: (status: SearchStatus) => void = () => {},
  ) {}

  /** Follows the numbers, their roles and the pages each sync wrote; a change schedules a rebuild. */
  start(): void {
    let seen = '';
    const subscription = liveQuery(async () => [await listInstallations(this.db), await listSyncStates(this.db)] as const).subscribe({
      next: ([installations, syncs]) => {
        this.numbers = [...installations].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).slice(0, 32);
        // Progress writes without new pages (a pass starting or finding nothing) need no rebuild.
        const signature = JSON.stringify([this.numbers.map((number) => [number.id, number.role]), syncs.map((sync) => [sync.installationId, sync.nextPage])]);
        if (signature === seen) return;
        seen = signature;
        this.schedule();
      },
      error: (error) => console.error('search engine watch failed', error),
    });
    this.unsubscribe = () => subscription.unsubscribe();
  }

  stop(): void {
    this.unsubscribe?.();
    clearTimeout(this.timer);
  }

  get status(): SearchStatus {
    return { indexed: this.index?.size ?? 0, building: this.building };
  }

  /** Up to `limit` contacts of the attendant numbers, most recent interaction first. */
  search(text: string, limit = 50): SearchResult[] {
    const index = this.index;
    if (!index) return [];
    const numbers = this.numbers;
    let allowed = 0;
    numbers.forEach((installation, bit) => {
      if (installation.role === 'attendant') allowed = (allowed | (1 << bit)) >>> 0;
    });
    return index.search(text, { allowed, limit }).map((hit) => ({
      identity: hit.identity,
      ...(hit.name ? { name: hit.name } : {}),
      phone: hit.phoneDigits ? `+${hit.phoneDigits}` : hit.identity,
      installationIds: numbers.filter((_, bit) => (hit.installations & allowed & (1 << bit)) !== 0).map((installation) => installation.id),
      lastMessageDate: hit.lastMessageDate,
    }));
  }

  /** Cached names by identity (any number), for lists that show customers by identity. */
  names(identities: string[]): Record<string, string | undefined> {
    return Object.fromEntries(identities.map((identity) => [identity, this.index?.find(identity)?.name]));
  }

  /** Builds now from whatever is cached. */
  async rebuild(): Promise<void> {
    this.building = true;
    this.dirty = false;
    this.onStatus(this.status);
    try {
      const bits = new Map(this.numbers.map((installation, bit) => [installation.id, bit]));
      const builder = new ContactIndexBuilder();
      for await (const pages of eachPage(this.db)) {
        for (const page of pages) {
          const bit = bits.get(page.installationId);
          if (bit === undefined) continue;
          for (const contact of page.contacts) builder.add({ ...contact, installation: bit });
        }
      }
      this.index = builder.build();
    } finally {
      this.building = false;
      this.lastBuild = Date.now();
      this.onStatus(this.status);
    }
    if (this.dirty) this.schedule();
  }

  private schedule(): void {
    if (this.building) {
      this.dirty = true;
      return;
    }
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastBuild + REBUILD_GAP_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.rebuild();
    }, wait);
  }
}
