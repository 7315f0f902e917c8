import type { Database } from '../../db/database';
import { getSyncState, putSyncState, saveSyncPage } from '../../db/contact-sync-state';
import type { BlipContact, ContactQuery } from '../../blip/contacts';
import { FILTERED_WINDOW } from '../../blip/contacts';
import type { Collection } from '../../blip/lime';
import { pageLength } from '../../blip/items';
import type { CachedContact, ContactSyncState } from '../../domain/contact';
import { changedSince } from '../../domain/contact-filter';
import { toAppError } from '../../errors/app-error';
import { COMPACT_AFTER_PAGES, compactPages } from '../../db/contact-pages';

export interface ContactSyncDeps {
  db: Database;
  fetchPage: (query: ContactQuery) => Promise<Collection<BlipContact>>;
  now?: () => number;
  /** Page sizes: the first pass has no filter (Blip allows up to 30000), later passes have one. */
  initialTake?: number;
  incrementalTake?: number;
}

const EPOCH = new Date(0).toISOString();

/**
 * Brings one number's contact cache up to date. The first pass reads the whole list newest first,
 * one transaction per page writing the page as one record with the progress (so a stopped worker
 * resumes where it was). Later passes read only contacts whose last interaction is at or after the newest one seen,
 * sliding an upper date bound down whenever Blip's 10000 window of a filtered list is used up.
 * Nothing is ever deleted: old contacts stay findable; stale copies are compacted away now and then.
 */
export async function syncContacts(deps: ContactSyncDeps, installationId: string): Promise<ContactSyncState> {
  const now = deps.now ?? Date.now;
  const previous = await getSyncState(deps.db, installationId);
  let state: ContactSyncState = { phase: 'initial', skip: 0, fetched: 0, ...previous, installationId, running: true, lastError: undefined, updatedAt: now() };
  await putSyncState(deps.db, state);
  try {
    state = state.phase === 'initial' ? await initialPass(deps, state, now) : await incrementalPass(deps, state, now);
    if ((state.pagesSinceCompaction ?? 0) > COMPACT_AFTER_PAGES) {
      state = { ...state, nextPage: await compactPages(deps.db, installationId, state.nextPage ?? 0), pagesSinceCompaction: 0 };
    }
    state = { ...state, running: false, lastSyncedAt: now(), updatedAt: now() };
  } catch (error) {
    // Blip's details (HTTP status, Retry-After, LIME reason) stay with the error the panel shows.
    const { code, message, details } = toAppError(error);
    state = { ...state, running: false, lastError: { code, message, details }, updatedAt: now() };
  }
  await putSyncState(deps.db, state);
  return state;
}

async function initialPass(deps: ContactSyncDeps, start: ContactSyncState, now: () => number): Promise<ContactSyncState> {
  const take = deps.initialTake ?? 5_000;
  let state = start;
  for (;;) {
    const page = await deps.fetchPage({ skip: state.skip, take, newestFirst: true });
    const items = page.items;
    // Unreadable contacts are counted and passed over: the next page starts after them.
    const read = pageLength(page);
    const cursor = state.cursor ?? newestDate(items);
    const unreadable = (state.unreadable ?? 0) + (page.skipped ?? 0);
    state = { ...state, cursor, skip: state.skip + read, fetched: state.skip + read, total: page.total ?? state.total, unreadable, updatedAt: now() };
    state = await save(deps.db, state, items);
    const done = read < take || (page.total !== undefined && state.skip >= page.total);
    if (done) return { ...state, phase: 'incremental', cursor: state.cursor ?? EPOCH, skip: 0 };
  }
}

async function incrementalPass(deps: ContactSyncDeps, start: ContactSyncState, now: () => number): Promise<ContactSyncState> {
  const pageTake = deps.incrementalTake ?? 1_000;
  const since = start.cursor ?? EPOCH;
  let newest = since;
  let upper: string | undefined;
  let skip = 0;
  let state: ContactSyncState = { ...start, fetched: 0, unreadable: 0 };
  for (;;) {
    const take = Math.min(pageTake, FILTERED_WINDOW - skip);
    const page = await deps.fetchPage({ skip, take, filter: changedSince(since, upper), newestFirst: true });
    const items = page.items;
    const read = pageLength(page);
    newest = maxDate(newest, newestDate(items)) ?? since;
    state = await save(deps.db, { ...state, fetched: state.fetched + items.length, unreadable: (state.unreadable ?? 0) + (page.skipped ?? 0), updatedAt: now() }, items, true);
    if (read < take) break;
    skip += read;
    if (skip >= FILTERED_WINDOW) {
      // Window used up: continue below the oldest date read (`le` re-reads that instant; puts are idempotent).
      const oldest = items[items.length - 1]?.lastMessageDate ?? undefined;
      if (!oldest || oldest === upper) break;
      upper = oldest;
      skip = 0;
    }
  }
  return { ...state, cursor: newest };
}

/** Writes a page of contacts as one record together with the progress; returns the progress saved. */
async function save(db: Database, progress: ContactSyncState, items: BlipContact[], incremental = false): Promise<ContactSyncState> {
  const page = progress.nextPage ?? 0;
  const state: ContactSyncState = items.length
    ? { ...progress, nextPage: page + 1, pagesSinceCompaction: (progress.pagesSinceCompaction ?? 0) + (incremental ? 1 : 0) }
    : progress;
  await saveSyncPage(db, items.length ? { installationId: state.installationId, page, contacts: items.map(toCached) } : undefined, state);
  return state;
}

/** The cached copy of a Blip contact: only what search and the result list show. */
export function toCached(contact: BlipContact): CachedContact {
  const date = contact.lastMessageDate ? Date.parse(contact.lastMessageDate) : NaN;
  return {
    identity: contact.identity,
    name: contact.name?.trim() || undefined,
    phoneNumber: contact.phoneNumber || contact.cellPhoneNumber || undefined,
    email: contact.email || undefined,
    city: contact.city || undefined,
    taxDocument: contact.taxDocument || undefined,
    lastMessageDate: Number.isNaN(date) ? 0 : date,
  };
}

function newestDate(items: BlipContact[]): string | undefined {
  return items.reduce<string | undefined>((newest, item) => maxDate(newest, item.lastMessageDate ?? undefined), undefined);
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
