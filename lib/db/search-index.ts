import type { Database } from './database';
import { tablesOf } from './tables';

// The contact search index as stored: segments (parts of one number's contacts, as bytes the search
// reads without parsing) and how far each number's contact pages are indexed. lib/search builds
// and reads them; only the background writes them.

/** What a stored segment holds (its bytes are in `indexBytes` under the same `seq`). */
export interface IndexSegmentMeta {
  /** Order of writing: a later segment of a number holds newer copies. */
  seq: number;
  installationId: string;
  /** The number's index generation it belongs to; only the current one is read. */
  generation: number;
  count: number;
  /** Latest interaction among its contacts (the newest segments are loaded first). */
  maxDate: number;
  format: number;
  byteLength: number;
}

export interface IndexBytesRecord {
  seq: number;
  installationId: string;
  bytes: ArrayBuffer;
}

/** How far a number's contact pages are indexed. */
export interface IndexProgress {
  installationId: string;
  generation: number;
  /** Pages below this number are in the index. */
  indexedPage: number;
  /** Cached contacts that could not be read (written by an older version or damaged), left out. */
  skipped: number;
  /** Segment format of this generation. */
  format: number;
  /** Set when a reader found a segment it could not read: the number is indexed again. */
  rebuild?: boolean;
}

/** A segment to store: what it holds and its bytes. */
export type NewSegment = Omit<IndexSegmentMeta, 'seq' | 'byteLength'> & { bytes: ArrayBuffer };

export function listIndexSegments(db: Database): Promise<IndexSegmentMeta[]> {
  return tablesOf(db).indexSegments.toArray();
}

export function listIndexProgress(db: Database): Promise<IndexProgress[]> {
  return tablesOf(db).indexProgress.toArray();
}

export function getIndexProgress(db: Database, installationId: string): Promise<IndexProgress | undefined> {
  return tablesOf(db).indexProgress.get(installationId);
}

export async function readSegmentBytes(db: Database, seq: number): Promise<ArrayBuffer | undefined> {
  return (await tablesOf(db).indexBytes.get(seq))?.bytes;
}

/**
 * Stores new segments and removes replaced ones, with the number's progress, in one transaction.
 * A new segment takes the next `seq`, unless it is given one (a merge keeps its newest part's place).
 * Returns the stored segments' seqs.
 */
export async function storeSegments(db: Database, change: { add: Array<NewSegment & { seq?: number }>; remove?: number[]; progress: IndexProgress }): Promise<number[]> {
  const { indexSegments, indexBytes, indexProgress } = tablesOf(db);
  return tablesOf(db).transaction('rw', indexSegments, indexBytes, indexProgress, async () => {
    if (change.remove?.length) {
      await indexSegments.bulkDelete(change.remove);
      await indexBytes.bulkDelete(change.remove);
    }
    const seqs: number[] = [];
    for (const { bytes, seq: given, ...meta } of change.add) {
      const seq = given ?? ((await indexSegments.orderBy('seq').last())?.seq ?? 0) + 1;
      await indexSegments.put({ ...meta, seq, byteLength: bytes.byteLength });
      await indexBytes.put({ seq, installationId: meta.installationId, bytes });
      seqs.push(seq);
    }
    await indexProgress.put(change.progress);
    return seqs;
  });
}

/** Makes a number's new generation the one read, and drops every segment of its other generations. */
export async function switchGeneration(db: Database, progress: IndexProgress): Promise<void> {
  const { indexSegments, indexBytes, indexProgress } = tablesOf(db);
  await tablesOf(db).transaction('rw', indexSegments, indexBytes, indexProgress, async () => {
    const old = (await indexSegments.where('installationId').equals(progress.installationId).toArray()).filter((meta) => meta.generation !== progress.generation).map((meta) => meta.seq);
    await indexSegments.bulkDelete(old);
    await indexBytes.bulkDelete(old);
    await indexProgress.put(progress);
  });
}

/** Asks for a number to be indexed again (a reader found one of its segments unreadable). */
export async function requestIndexRebuild(db: Database, installationId: string): Promise<void> {
  await tablesOf(db).indexProgress.update(installationId, { rebuild: true });
}
