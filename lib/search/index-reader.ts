import type { Database } from '../db/database';
import { liveQuery } from '../db/live';
import { pageEnds } from '../db/contact-pages';
import { listIndexProgress, listIndexSegments, readSegmentBytes, requestIndexRebuild, type IndexSegmentMeta } from '../db/search-index';
import { decodeSegment, segmentIntactInSlices, SEGMENT_FORMAT } from './segment-codec';
import { SegmentSet, type Segment } from './segment-set';

/** What the stored index holds for a reader. */
export interface ReaderStatus {
  /** Contacts in the segments loaded (a customer on two numbers, or replaced by a newer copy, counts each time). */
  indexed: number;
  /** Segments are still being read, or the background has pages it has not indexed yet. */
  building: boolean;
  /** Cached contacts left out because they could not be read. */
  skipped: number;
}

const key = (meta: IndexSegmentMeta) => `${meta.seq}:${meta.count}`;

/** Lets the worker answer what came in meanwhile (a search) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Check {
  meta: IndexSegmentMeta;
  segment: Segment;
  bytes: ArrayBuffer;
}

/**
 * Reads the stored index (the background writes it): the newest segments first, so the most recent
 * contacts are searchable before the rest is read; afterwards it follows the stored segments, and
 * swaps in what changed only once all of it is read, so a search never misses a merged segment.
 * A segment it cannot read is left out and the background is asked to index its number again.
 */
export class IndexReader {
  private loaded = new Map<string, Segment>();
  private wanted: IndexSegmentMeta[] = [];
  private behind = false;
  private skipped = 0;
  private loading: Promise<void> | undefined;
  private again = false;
  private complete = false;
  private waiters: Array<() => void> = [];
  private checks: Check[] = [];
  private checking = false;
  set = new SegmentSet([]);

  constructor(
    private readonly db: Database,
    private readonly onChange: () => void,
  ) {}

  start(): () => void {
    const subscription = liveQuery(async () => [await listIndexSegments(this.db), await listIndexProgress(this.db), await pageEnds(this.db)] as const).subscribe({
      next: ([metas, progress, ends]) => {
        const generation = new Map(progress.map((entry) => [entry.installationId, entry.generation]));
        this.wanted = metas.filter((meta) => meta.format === SEGMENT_FORMAT && generation.get(meta.installationId) === meta.generation).sort((a, b) => b.maxDate - a.maxDate);
        this.skipped = progress.reduce((sum, entry) => sum + entry.skipped, 0);
        this.behind = [...ends].some(([installationId, end]) => (progress.find((entry) => entry.installationId === installationId)?.indexedPage ?? 0) < end);
        void this.load();
      },
      error: (error) => console.error('search index watch failed', error),
    });
    return () => subscription.unsubscribe();
  }

  get status(): ReaderStatus {
    return { indexed: this.set.size, building: this.loading !== undefined || this.behind, skipped: this.skipped };
  }

  /** Resolves once every stored segment listed so far is read. */
  whenLoaded(): Promise<void> {
    return this.loading === undefined && this.complete ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private load(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.again = false;
        await this.readMissing();
      } while (this.again);
    })().finally(() => {
      this.loading = undefined;
      this.complete = true;
      this.onChange();
      this.waiters.splice(0).forEach((resolve) => resolve());
    });
    this.onChange();
    return this.loading;
  }

  private async readMissing(): Promise<void> {
    const wanted = this.wanted;
    const first = !this.complete;
    const next = new Map<string, Segment>();
    for (const meta of wanted) {
      const known = this.loaded.get(key(meta));
      if (known) {
        next.set(key(meta), known);
        continue;
      }
      const segment = await this.read(meta);
      if (!segment) continue;
      next.set(key(meta), segment);
      // The first reading shows each segment as it arrives; later changes are swapped in whole.
      if (first) this.publish(new Map([...this.loaded, ...next]));
    }
    this.publish(next);
  }

  private async read(meta: IndexSegmentMeta): Promise<Segment | undefined> {
    const bytes = await readSegmentBytes(this.db, meta.seq);
    if (!bytes) return undefined;
    try {
      const segment = { seq: meta.seq, installationId: meta.installationId, index: decodeSegment(bytes, false) };
      this.checks.push({ meta, segment, bytes });
      void this.checkBytes();
      return segment;
    } catch {
      await requestIndexRebuild(this.db, meta.installationId);
      return undefined;
    }
  }

  /**
   * Every byte of the segments read is checked once the index is read, a slice at a time between
   * searches (searches answer first); a damaged segment then leaves and its number is indexed again.
   */
  private async checkBytes(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      await this.whenLoaded();
      for (let check = this.checks.shift(); check; check = this.checks.shift()) {
        if (await segmentIntactInSlices(check.bytes, nextTask)) continue;
        const damaged = check.segment;
        this.publish(new Map([...this.loaded].filter(([, loaded]) => loaded !== damaged)));
        await requestIndexRebuild(this.db, check.meta.installationId);
      }
    } finally {
      this.checking = false;
    }
  }

  private publish(segments: Map<string, Segment>): void {
    this.loaded = segments;
    this.set = new SegmentSet([...segments.values()]);
    this.onChange();
  }
}
