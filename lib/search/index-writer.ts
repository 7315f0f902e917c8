import type { Database } from '../db/database';
import { pageEnds, pagesOf } from '../db/contact-pages';
import { listIndexProgress, listIndexSegments, readSegmentBytes, requestIndexRebuild, storeSegments, switchGeneration, type IndexProgress, type IndexSegmentMeta } from '../db/search-index';
import { addPage } from './cached-contact';
import type { ContactIndex } from './contact-index';
import { ContactIndexBuilder } from './index-builder';
import { decodeSegment, encodeSegment, SEGMENT_FORMAT } from './segment-codec';

/** Contacts per segment written from new pages when no more are waiting (a first sync's page is 5000). */
const FLUSH = 5_000;
/** The largest segment a merge or a rebuild writes: what the background holds in memory at once. */
export const MAX_SEGMENT = 80_000;
/** Consecutive segments merged into one. */
const MERGE_RUN = 4;

/**
 * Keeps the stored search index up to the contact cache (run by the background as sync pages
 * arrive): new pages become a segment of their number in the same transaction as the progress
 * (so a stopped worker resumes at the right page); four small segments in a row are merged into
 * one; a number whose pages were compacted, whose index is of an older format, or that a reader
 * found damaged is indexed again into a new generation, switched to in one transaction. Memory
 * stays bounded by one segment's contacts.
 */
export class IndexWriter {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly db: Database) {}

  /** Brings the index up to date; a call during a pass makes one more pass after it. */
  catchUp(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.again);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    const progress = new Map((await listIndexProgress(this.db)).map((entry) => [entry.installationId, entry]));
    for (const [installationId, end] of await pageEnds(this.db)) {
      let state = progress.get(installationId) ?? { installationId, generation: 0, indexedPage: 0, skipped: 0, format: SEGMENT_FORMAT };
      if (state.format !== SEGMENT_FORMAT || state.rebuild) state = await this.rebuild(state);
      else if (state.indexedPage < end) state = await this.indexNewPages(state, end);
      await this.mergeSmall(state);
    }
  }

  /**
   * Indexes the pages written since the last pass; a compaction among them means indexing the
   * number again. A segment is written as soon as it holds a page's worth and nothing more is
   * waiting, so new contacts are searchable at once; while pages are waiting (a sync wrote them
   * faster than they were indexed) it grows up to the largest size, so they are not written small
   * and merged again and again.
   */
  private async indexNewPages(start: IndexProgress, end: number): Promise<IndexProgress> {
    let state = start;
    let builder = new ContactIndexBuilder();
    let skipped = 0;
    let next = state.indexedPage;
    for await (const pages of pagesOf(this.db, state.installationId, state.indexedPage)) {
      if (pages.some((page) => page.compacted)) return this.rebuild(state);
      for (const page of pages) {
        skipped += addPage(builder, page);
        next = page.page + 1;
        if (builder.size >= MAX_SEGMENT || (builder.size >= FLUSH && next >= end)) {
          state = await this.store(state, builder.build(), { indexedPage: next, skipped: state.skipped + skipped });
          builder = new ContactIndexBuilder();
          skipped = 0;
        }
      }
    }
    if (builder.size > 0 || next !== state.indexedPage) state = await this.store(state, builder.size > 0 ? builder.build() : undefined, { indexedPage: next, skipped: state.skipped + skipped });
    return state;
  }

  /** Indexes every page of a number into a new generation, then switches readers to it at once. */
  private async rebuild(current: IndexProgress): Promise<IndexProgress> {
    const generation = current.generation + 1;
    let builder = new ContactIndexBuilder();
    let skipped = 0;
    let next = 0;
    for await (const pages of pagesOf(this.db, current.installationId, 0)) {
      for (const page of pages) {
        skipped += addPage(builder, page);
        next = page.page + 1;
        if (builder.size >= MAX_SEGMENT) {
          await this.store(current, builder.build(), {}, generation);
          builder = new ContactIndexBuilder();
        }
      }
    }
    if (builder.size > 0) await this.store(current, builder.build(), {}, generation);
    const state: IndexProgress = { installationId: current.installationId, generation, indexedPage: next, skipped, format: SEGMENT_FORMAT };
    await switchGeneration(this.db, state);
    return state;
  }

  /** Merges runs of small segments of the number's current generation, keeping the newest one's place. */
  private async mergeSmall(state: IndexProgress): Promise<void> {
    for (;;) {
      const segments = (await listIndexSegments(this.db)).filter((meta) => meta.installationId === state.installationId && meta.generation === state.generation).sort((a, b) => a.seq - b.seq);
      const run = mergeableRun(segments);
      if (!run) return;
      const builder = new ContactIndexBuilder();
      for (const meta of run) {
        const index = await this.read(meta);
        if (!index) return;
        for (let ordinal = index.size - 1; ordinal >= 0; ordinal--) {
          const { phoneDigits, ...contact } = index.contact(ordinal);
          builder.add({ ...contact, ...(phoneDigits ? { phoneNumber: `+${phoneDigits}` } : {}) });
        }
      }
      const seq = run[run.length - 1]!.seq;
      await storeSegments(this.db, { add: [{ ...this.segment(state, builder.build(), state.generation), seq }], remove: run.map((meta) => meta.seq), progress: state });
    }
  }

  /** A stored segment, or undefined when it cannot be read (the number is then indexed again). */
  private async read(meta: IndexSegmentMeta): Promise<ContactIndex | undefined> {
    try {
      return decodeSegment((await readSegmentBytes(this.db, meta.seq))!);
    } catch {
      await requestIndexRebuild(this.db, meta.installationId);
      this.again = true;
      return undefined;
    }
  }

  private segment(state: IndexProgress, index: ContactIndex, generation: number) {
    return { installationId: state.installationId, generation, count: index.size, maxDate: index.size ? index.dateOf(0) : 0, format: SEGMENT_FORMAT, bytes: encodeSegment(index) };
  }

  /** Stores a segment (if any) and the progress that includes it, in one transaction. */
  private async store(state: IndexProgress, index: ContactIndex | undefined, change: Partial<IndexProgress>, generation = state.generation): Promise<IndexProgress> {
    const next = { ...state, ...change };
    await storeSegments(this.db, { add: index ? [this.segment(state, index, generation)] : [], progress: next });
    return next;
  }
}

/**
 * The first run of consecutive segments that may be merged, if any: no larger than the largest
 * segment, and none of them more than half of it, so a merge at least doubles the segment of every
 * contact it rewrites (a contact is rewritten a handful of times at most, whatever sizes the
 * segments were written in).
 */
function mergeableRun(segments: IndexSegmentMeta[]): IndexSegmentMeta[] | undefined {
  for (let start = 0; start + MERGE_RUN <= segments.length; start++) {
    const run = segments.slice(start, start + MERGE_RUN);
    const total = run.reduce((sum, meta) => sum + meta.count, 0);
    if (total <= MAX_SEGMENT && Math.max(...run.map((meta) => meta.count)) * 2 <= total) return run;
  }
  return undefined;
}
