import type { ErrorDetails } from '../errors/app-error';

/** A customer as Blip's CRM keeps it (blip-api.md §4.1); every field but the identity may be absent. */
export interface Contact {
  identity: string;
  name?: string | null;
  phoneNumber?: string | null;
  cellPhoneNumber?: string | null;
  email?: string | null;
  city?: string | null;
  taxDocument?: string | null;
  source?: string | null;
  /** ISO date of the last interaction. */
  lastMessageDate?: string | null;
  extras?: Record<string, string> | null;
}

/** A contact as cached for search (blip-api.md §4.1, the fields the panel shows). */
export interface CachedContact {
  identity: string;
  name?: string;
  phoneNumber?: string;
  email?: string;
  city?: string;
  taxDocument?: string;
  /** Last interaction, epoch ms; 0 when the contact never interacted. */
  lastMessageDate: number;
}

/**
 * One page of a number's cached contacts, stored as a single IndexedDB record: Chromium pays about
 * 0.1 ms per record written, so a record per contact caps a first sync near 10,000 contacts/s while
 * a record per page writes hundreds of thousands. A later page may repeat an identity with newer
 * data; readers keep the copy with the latest interaction (see lib/db/contact-pages.ts).
 */
export interface ContactPageRecord {
  installationId: string;
  /** Increasing per number: the order pages were written in. */
  page: number;
  contacts: CachedContact[];
  /** Written by a compaction: the number's pages before it hold nothing newer. */
  compacted?: true;
}

/**
 * Where a number's contact sync stands. The first pass pages the whole list newest first and can
 * resume at `skip` after the worker was stopped; later passes ask only for contacts whose last
 * interaction is at or after `cursor`.
 */
export interface ContactSyncState {
  installationId: string;
  phase: 'initial' | 'incremental';
  /** Newest last interaction seen (ISO), the next incremental pass starts there. */
  cursor?: string;
  /** Contacts already read by the first pass. */
  skip: number;
  /** Number of the next page record to write. */
  nextPage?: number;
  /** Pages written by incremental passes since the last compaction. */
  pagesSinceCompaction?: number;
  /** Contacts written by the current or last pass. */
  fetched: number;
  /** Blip's count for the first pass, when it gave one. */
  total?: number;
  /** Contacts of the current or last pass Blip sent in a shape that could not be read (passed over). */
  unreadable?: number;
  running: boolean;
  lastSyncedAt?: number;
  lastError?: { code: string; message: string; details?: ErrorDetails };
  updatedAt: number;
}

/** A contact to open in the Conversas contact view: the same customer on one or more numbers. */
export interface ContactRef {
  installationIds: string[];
  identity: string;
  /** As Blip stores it, or +digits from the WhatsApp identity. */
  phone?: string;
  name?: string;
}
