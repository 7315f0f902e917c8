import type { ContactIndex } from './contact-index';
import type { OrdinalStream } from './index-query';
import { parseQuery } from './normalize';

/** A part of the contact index: some of one number's contacts. A later part (higher `seq`) holds newer copies. */
export interface Segment {
  seq: number;
  installationId: string;
  index: ContactIndex;
}

/** One contact found: the same customer on several numbers is one hit listing them. */
export interface SearchHit {
  identity: string;
  name?: string;
  /** Full international digits; empty when the contact has no phone. */
  phoneDigits: string;
  /** The allowed numbers the contact belongs to. */
  installationIds: string[];
  /** The latest interaction on any of them. */
  lastMessageDate: number;
}

export interface SearchOptions {
  /** The numbers the agent may search (attendant role). */
  allowed: ReadonlySet<string>;
  limit?: number;
}

interface Head {
  segment: Segment;
  next: OrdinalStream;
  ordinal: number;
  date: number;
}

interface Copy {
  segment: Segment;
  ordinal: number;
  date: number;
}

/**
 * The whole contact index: every number's segments. A query streams each allowed segment's matches
 * most recent first and merges them by last interaction; a copy that a newer segment of its number
 * replaced is skipped, and the same customer found on several numbers is one hit. Segments of
 * numbers not allowed are never read.
 */
export class SegmentSet {
  private readonly byNumber = new Map<string, Segment[]>();

  constructor(readonly segments: readonly Segment[]) {
    for (const segment of [...segments].sort((a, b) => b.seq - a.seq)) {
      const list = this.byNumber.get(segment.installationId) ?? [];
      list.push(segment);
      this.byNumber.set(segment.installationId, list);
    }
  }

  /** Contacts held (a customer on two numbers, or replaced by a newer copy, counts each time). */
  get size(): number {
    return this.segments.reduce((sum, segment) => sum + segment.index.size, 0);
  }

  /** Up to `limit` contacts of the allowed numbers, most recent interaction first. */
  search(text: string, { allowed, limit = 50 }: SearchOptions): SearchHit[] {
    const query = parseQuery(text);
    const heads: Head[] = [];
    let searched = 0;
    for (const segment of this.segments) {
      if (!allowed.has(segment.installationId)) continue;
      searched++;
      const next = segment.index.matches(query);
      const ordinal = next();
      if (ordinal >= 0) heads.push({ segment, next, ordinal, date: segment.index.dateOf(ordinal) });
    }
    const heap = new HeadHeap(heads);
    // One segment: nothing to replace or merge.
    const single = searched === 1;
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    while (heap.size > 0 && hits.length < limit) {
      const { segment, ordinal, date } = heap.advance();
      if (single) {
        hits.push({ ...segment.index.contact(ordinal), installationIds: [segment.installationId] });
        continue;
      }
      const identity = segment.index.identityOf(ordinal);
      if (seen.has(identity) || this.replaced(segment, identity, date)) continue;
      seen.add(identity);
      hits.push(this.merged(identity, { segment, ordinal, date }, allowed));
    }
    return hits;
  }

  /** The contact with this identity on any number, or undefined when no segment holds it. */
  find(identity: string): SearchHit | undefined {
    const copies = [...this.byNumber.keys()].map((id) => this.latest(id, identity)).filter((copy): copy is Copy => copy !== undefined);
    if (copies.length === 0) return undefined;
    const named = copies.filter((copy) => copy.segment.index.nameOf(copy.ordinal)).sort((a, b) => b.date - a.date)[0];
    return this.merged(identity, named ?? copies[0]!, new Set(this.byNumber.keys()));
  }

  /** True when a newer segment of the same number holds a newer copy (a later interaction, or the same one written later). */
  private replaced(segment: Segment, identity: string, date: number): boolean {
    for (const other of this.byNumber.get(segment.installationId)!) {
      // Ordinal 0 is a segment's most recent interaction: one that ends before `date` holds no newer copy (no lookup).
      if (other === segment || other.index.size === 0 || other.index.dateOf(0) < date) continue;
      const ordinal = other.index.findOrdinal(identity);
      if (ordinal < 0) continue;
      const otherDate = other.index.dateOf(ordinal);
      if (otherDate > date || (otherDate === date && other.seq > segment.seq)) return true;
    }
    return false;
  }

  /** The newest copy of a contact on one number. */
  private latest(installationId: string, identity: string): Copy | undefined {
    let best: Copy | undefined;
    for (const segment of this.byNumber.get(installationId) ?? []) {
      const ordinal = segment.index.findOrdinal(identity);
      if (ordinal < 0) continue;
      const date = segment.index.dateOf(ordinal);
      if (!best || date > best.date) best = { segment, ordinal, date };
    }
    return best;
  }

  /** The hit for a matched copy: its name (or a name from another number), every allowed number holding the contact, the latest interaction. */
  private merged(identity: string, matched: Copy, allowed: ReadonlySet<string>): SearchHit {
    const contact = matched.segment.index.contact(matched.ordinal);
    let { name, lastMessageDate } = contact;
    const installationIds = [matched.segment.installationId];
    for (const installationId of allowed) {
      if (installationId === matched.segment.installationId) continue;
      const copy = this.latest(installationId, identity);
      if (!copy) continue;
      installationIds.push(installationId);
      lastMessageDate = Math.max(lastMessageDate, copy.date);
      name ??= copy.segment.index.nameOf(copy.ordinal);
    }
    return { ...contact, ...(name ? { name } : {}), installationIds, lastMessageDate };
  }
}

/** The heads of the segment streams, latest interaction first (the newer segment first on a tie). */
class HeadHeap {
  constructor(private readonly heap: Head[]) {
    for (let index = (heap.length >> 1) - 1; index >= 0; index--) this.down(index);
  }

  get size(): number {
    return this.heap.length;
  }

  /** Takes the top's current match and moves that stream on. */
  advance(): Copy {
    const top = this.heap[0]!;
    const taken = { segment: top.segment, ordinal: top.ordinal, date: top.date };
    top.ordinal = top.next();
    if (top.ordinal < 0) {
      const last = this.heap.pop()!;
      if (this.heap.length > 0 && last !== top) this.heap[0] = last;
    } else top.date = top.segment.index.dateOf(top.ordinal);
    if (this.heap.length > 0) this.down(0);
    return taken;
  }

  private before(a: Head, b: Head): boolean {
    return a.date > b.date || (a.date === b.date && a.segment.seq > b.segment.seq);
  }

  private down(start: number): void {
    const heap = this.heap;
    let index = start;
    const item = heap[index]!;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && this.before(heap[child + 1]!, heap[child]!)) child++;
      if (!this.before(heap[child]!, item)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = item;
  }
}
