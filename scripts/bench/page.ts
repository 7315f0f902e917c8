import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { ContactIndexBuilder } from '../../lib/search/index-builder';
import { SegmentSet } from '../../lib/search/segment-set';
import { foldText } from '../../lib/domain/text-fold';
import { nationalDigits } from '../../lib/domain/calling-codes';
import { deleteDatabase, openDatabase } from '../../lib/db/database';
import { eachPage } from '../../lib/db/contact-pages';
import { getSyncState } from '../../lib/db/contact-sync-state';
import { syncContacts } from '../../lib/background/contacts/contact-sync';
import type { BlipContact } from '../../lib/blip/contacts';
import { generateContacts, type BenchContact } from './data';
import { generateQueries, type QueryKind } from './queries';

/** Runs in Chromium: builds each engine on the same contacts and times the same queries. */
type Engine = 'ours' | 'flexsearch' | 'minisearch';
type Search = (kind: QueryKind, query: string) => unknown[];

const NOW = Date.parse('2026-03-01T12:00:00Z');
const NUMBERS = ['n0', 'n1', 'n2', 'n3', 'n4'];
const ALL_NUMBERS = new Set(NUMBERS);
let contacts: BenchContact[] = [];
let queries: Record<QueryKind, string[]>;
const engines: Partial<Record<Engine, Search>> = {};
/** Keeps each built index reachable so the heap measurement sees it. */
const retained: Partial<Record<Engine, unknown>> = {};

const reversed = (digits: string) => [...digits].reverse().join('');
const phoneWords = (contact: BenchContact) => `${contact.digits} ${nationalDigits(contact.digits)} ${reversed(contact.digits)}`;

const builders: Record<Engine, () => void> = {
  ours() {
    // As the product keeps it: one index per number; a customer on two numbers is in both.
    const builders = NUMBERS.map(() => new ContactIndexBuilder());
    for (const contact of contacts) {
      for (let bit = 0; bit < NUMBERS.length; bit++) {
        if (contact.numbers & (1 << bit)) builders[bit]!.add({ identity: contact.identity, name: contact.name, phoneNumber: contact.phoneNumber, lastMessageDate: contact.lastMessageDate });
      }
    }
    const set = new SegmentSet(builders.map((builder, bit) => ({ seq: bit + 1, installationId: NUMBERS[bit]!, index: builder.build() })));
    retained.ours = set;
    engines.ours = (_kind, query) => set.search(query, { allowed: ALL_NUMBERS, limit: 50 });
  },
  flexsearch() {
    const names = new Index({ tokenize: 'forward', encoder: Charset.Normalize });
    const phones = new Index({ tokenize: 'forward', encoder: Charset.Default });
    contacts.forEach((contact, id) => {
      if (contact.name) names.add(id, contact.name);
      phones.add(id, phoneWords(contact));
    });
    retained.flexsearch = [names, phones];
    engines.flexsearch = (kind, query) => {
      if (kind === 'phone suffix') return phones.search(reversed(query), { limit: 50 }) as unknown[];
      if (kind === 'phone prefix') return phones.search(query, { limit: 50 }) as unknown[];
      return names.search(query, { limit: 50 }) as unknown[];
    };
  },
  minisearch() {
    const index = new MiniSearch<{ id: number; name: string; phones: string }>({ fields: ['name', 'phones'], processTerm: (term) => foldText(term) });
    index.addAll(contacts.map((contact, id) => ({ id, name: contact.name ?? '', phones: phoneWords(contact) })));
    retained.minisearch = index;
    engines.minisearch = (kind, query) => {
      if (kind === 'phone suffix') return index.search(reversed(query), { prefix: true, fields: ['phones'] }).slice(0, 50);
      if (kind === 'phone prefix') return index.search(query, { prefix: true, fields: ['phones'] }).slice(0, 50);
      return index.search(query, { prefix: true, combineWith: 'AND', fields: ['name'] }).slice(0, 50);
    };
  },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const api = {
  setup(rows: number, perKind: number) {
    const generated = generateContacts(rows, NOW);
    contacts = generated.contacts;
    queries = generateQueries(contacts, perKind);
    return { rows: generated.rows, unique: contacts.length, isolated: crossOriginIsolated };
  },
  build(engine: Engine) {
    const start = performance.now();
    builders[engine]();
    const ms = performance.now() - start;
    const own = engine === 'ours' ? (retained.ours as SegmentSet).segments.reduce((sum, segment) => sum + segment.index.byteLength, 0) : undefined;
    return { ms, ownBytes: own };
  },
  drop(engine: Engine) {
    delete retained[engine];
    delete engines[engine];
  },
  query(engine: Engine) {
    const search = engines[engine]!;
    const out: Record<string, { p50: number; p95: number; meanHits?: number }> = {};
    const all: number[] = [];
    for (const [kind, list] of Object.entries(queries) as Array<[QueryKind, string[]]>) {
      for (const query of list.slice(0, 50)) search(kind, query);
      const times: number[] = [];
      let hits = 0;
      for (const query of list) {
        const start = performance.now();
        hits += search(kind, query).length;
        times.push(performance.now() - start);
      }
      all.push(...times);
      times.sort((a, b) => a - b);
      out[kind] = { p50: percentile(times, 50), p95: percentile(times, 95), meanHits: hits / list.length };
    }
    all.sort((a, b) => a - b);
    out.all = { p50: percentile(all, 50), p95: percentile(all, 95), meanHits: NaN };
    return out;
  },
  async sync(count: number) {
    const source: BlipContact[] = contacts.slice(0, count).map((contact, index) => ({
      identity: contact.identity,
      name: contact.name,
      phoneNumber: contact.phoneNumber,
      email: index % 3 === 0 ? `cliente${index}@correo.com` : undefined,
      city: index % 2 === 0 ? 'São Paulo' : 'Ciudad de México',
      source: 'WhatsApp',
      lastMessageDate: new Date(contact.lastMessageDate).toISOString(),
    }));
    const db = openDatabase(`bench-sync-${Date.now()}`);
    await getSyncState(db, 'bench'); // Opens the database before the clock starts.
    const start = performance.now();
    await syncContacts({ db, fetchPage: async ({ skip, take }) => ({ items: source.slice(skip, skip + take), total: source.length }) }, 'bench');
    const ms = performance.now() - start;
    let stored = 0;
    for await (const pages of eachPage(db)) stored += pages.reduce((sum, page) => sum + page.contacts.length, 0);
    await deleteDatabase(db);
    return { stored, ms, perSecond: (stored / ms) * 1000 };
  },
};

(globalThis as unknown as { bench: typeof api }).bench = api;
