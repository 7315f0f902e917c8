import { liveQuery } from '../db/live';
import type { Database } from '../db/database';
import { listInstallations } from '../db/installations';
import type { Installation } from '../domain/installation';
import type { SearchResult, SearchStatus } from '../domain/contact-search';
import { IndexReader } from './index-reader';

/**
 * The contact search of one page (run in its worker): reads the stored index the background keeps
 * (no build here), follows the numbers and their roles, and answers queries across the attendant
 * numbers only.
 */
export class SearchEngine {
  private numbers: Installation[] = [];
  private readonly reader: IndexReader;
  private stops: Array<() => void> = [];
  private numbersKnown!: () => void;
  private readonly numbersLoaded = new Promise<void>((resolve) => (this.numbersKnown = resolve));

  constructor(
    private readonly db: Database,
    private readonly onStatus: (status: SearchStatus) => void = () => {},
  ) {
    this.reader = new IndexReader(db, () => this.onStatus(this.status));
  }

  start(): void {
    this.stops.push(this.reader.start());
    const subscription = liveQuery(() => listInstallations(this.db)).subscribe({
      next: (installations) => {
        this.numbers = [...installations].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
        this.numbersKnown();
        this.onStatus(this.status);
      },
      error: (error) => console.error('search engine watch failed', error),
    });
    this.stops.push(() => subscription.unsubscribe());
  }

  stop(): void {
    this.stops.splice(0).forEach((stop) => stop());
  }

  get status(): SearchStatus {
    return this.reader.status;
  }

  /** Up to `limit` contacts of the attendant numbers, most recent interaction first (what is read so far). */
  search(text: string, limit = 50): SearchResult[] {
    const order = new Map(this.numbers.map((installation, position) => [installation.id, position]));
    const allowed = new Set(this.numbers.filter((installation) => installation.role === 'attendant').map((installation) => installation.id));
    return this.reader.set.search(text, { allowed, limit }).map((hit) => ({
      identity: hit.identity,
      ...(hit.name ? { name: hit.name } : {}),
      phone: hit.phoneDigits ? `+${hit.phoneDigits}` : hit.identity,
      installationIds: hit.installationIds.sort((a, b) => order.get(a)! - order.get(b)!),
      lastMessageDate: hit.lastMessageDate,
    }));
  }

  /** Resolves once the numbers are known and the stored index is read. */
  async ready(): Promise<void> {
    await Promise.all([this.numbersLoaded, this.reader.whenLoaded()]);
  }

  /** Cached names by identity (any number), once the stored index is read. */
  async names(identities: string[]): Promise<Record<string, string | undefined>> {
    await this.ready();
    return Object.fromEntries(identities.map((identity) => [identity, this.reader.set.find(identity)?.name]));
  }
}
