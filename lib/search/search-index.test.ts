import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { saveInstallation } from '../db/installations';
import { saveSyncPage } from '../db/contact-sync-state';
import { compactPages } from '../db/contact-pages';
import { listIndexProgress, listIndexSegments, readSegmentBytes, storeSegments } from '../db/search-index';
import type { CachedContact } from '../domain/contact';
import type { Installation } from '../domain/installation';
import { IndexWriter } from './index-writer';
import { SearchEngine } from './search-engine';

const number = (db: Database, id: string, role: Installation['role'], createdAt: number) =>
  saveInstallation(db, { id, name: id, phone: '+5511900000000', host: 'http://127.0.0.1', managed: false, role, createdAt }, { authorization: 'Key test' });

/** A page of cached contacts, written as a sync writes it. */
const page = (db: Database, installationId: string, number: number, contacts: unknown[]) =>
  saveSyncPage(db, { installationId, page: number, contacts: contacts as CachedContact[] }, { installationId, phase: 'incremental', skip: 0, fetched: contacts.length, nextPage: number + 1, running: false, updatedAt: 1 });

const contact = (digits: string, name: string | undefined, lastMessageDate: number): CachedContact => ({ identity: `${digits}@wa.gw.msging.net`, ...(name ? { name } : {}), lastMessageDate });

describe('stored search index', () => {
  let db: Database;
  const engines: SearchEngine[] = [];
  /** A panel's search: a new reader of what the background stored. */
  async function open(): Promise<SearchEngine> {
    const engine = new SearchEngine(db);
    engines.push(engine);
    engine.start();
    await engine.ready();
    return engine;
  }
  const names = (engine: SearchEngine, query: string) => engine.search(query).map((result) => result.name ?? result.identity);

  beforeEach(async () => {
    db = openDatabase(`index-${Math.random()}`);
    await number(db, 'norte', 'attendant', 1);
    await number(db, 'sul', 'attendant', 2);
    await number(db, 'andes', 'manager', 3);
    await page(db, 'norte', 0, [contact('5511987654321', 'José Alvares', 2)]);
    // A later page with newer data for the same contact wins.
    await page(db, 'norte', 1, [{ ...contact('5511987654321', 'José Álvarez', 5), phoneNumber: '+55 11 98765-4321' }]);
    await page(db, 'sul', 0, [contact('5511987654321', undefined, 9)]);
    await page(db, 'andes', 0, [contact('5511987654321', 'José A.', 1), contact('573001112222', 'Josefina Ruiz', 7)]);
    await new IndexWriter(db).catchUp();
  });
  afterEach(() => engines.splice(0).forEach((engine) => engine.stop()));

  it('finds contacts of the attendant numbers only, with their numbers and cached details', async () => {
    const engine = await open();
    expect(engine.search('jose')).toEqual([{ identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phone: '+5511987654321', installationIds: ['norte', 'sul'], lastMessageDate: 9 }]);
    expect(engine.search('alvares')).toEqual([]);
    expect(engine.search('ruiz')).toEqual([]);
    // José on norte is one contact (its later page replaced the earlier), Josefina and José on andes two more.
    expect(engine.status).toEqual({ indexed: 4, building: false, skipped: 0 });
  });

  it('returns nothing for a manager on every number', async () => {
    await number(db, 'norte', 'manager', 1);
    await number(db, 'sul', 'manager', 2);
    expect((await open()).search('jose')).toEqual([]);
  });

  it('is read, not built, when a panel opens: names are known as soon as it is read', async () => {
    const engine = await open();
    expect(await engine.names(['573001112222@wa.gw.msging.net', '5511987654321@wa.gw.msging.net', 'nobody@0mn.io'])).toEqual({
      '573001112222@wa.gw.msging.net': 'Josefina Ruiz',
      '5511987654321@wa.gw.msging.net': 'José Álvarez',
      'nobody@0mn.io': undefined,
    });
  });

  it('leaves out and counts a cached contact it cannot read; the others are still found', async () => {
    await page(db, 'sul', 1, [{ identity: null, name: 'Dañado' }, { identity: '5511911112222@wa.gw.msging.net', name: 42, lastMessageDate: 1 }, 'x', contact('5511933334444', 'Marta Díaz', 3)]);
    await page(db, 'sul', 2, { contacts: 'not a list' } as unknown as unknown[]);
    await new IndexWriter(db).catchUp();
    const engine = await open();
    expect(names(engine, 'marta')).toEqual(['Marta Díaz']);
    expect(names(engine, 'jose')).toEqual(['José Álvarez']);
    // The contact whose name is not text is mended (kept without its name), as the cache reads it.
    expect(engine.search('5511911112222')).toEqual([expect.objectContaining({ identity: '5511911112222@wa.gw.msging.net' })]);
    expect(engine.status.skipped).toBe(3);
  });

  it('adds later pages as they come, and merges small segments', async () => {
    const writer = new IndexWriter(db);
    for (let index = 0; index < 12; index++) {
      await page(db, 'sul', index + 1, [contact(`55119000000${String(index).padStart(2, '0')}`, `Cliente ${index}`, 100 + index)]);
      await writer.catchUp();
    }
    const segments = (await listIndexSegments(db)).filter((meta) => meta.installationId === 'sul');
    expect(segments.length).toBeLessThan(6);
    const engine = await open();
    expect(names(engine, 'cliente')).toEqual(Array.from({ length: 12 }, (_, index) => `Cliente ${11 - index}`));
    expect(names(engine, 'jose')).toEqual(['José Álvarez']);
  });

  /** A first sync's page: 5000 contacts. */
  const full = (from: number) => Array.from({ length: 5_000 }, (_, index) => contact(`5511${String(from + index).padStart(9, '0')}`, `Cliente ${from + index}`, from + index));

  it('writes pages that were waiting together as one segment, and a page that comes alone at once', async () => {
    const writer = new IndexWriter(db);
    for (let index = 1; index <= 3; index++) await page(db, 'sul', index, full(index * 10_000));
    await writer.catchUp();
    const sul = async () => (await listIndexSegments(db)).filter((meta) => meta.installationId === 'sul').map((meta) => meta.count);
    expect(await sul()).toEqual([1, 15_000]);
    await page(db, 'sul', 4, full(40_000));
    await writer.catchUp();
    expect(await sul()).toEqual([1, 15_000, 5_000]);
    expect(names(await open(), 'cliente 40000')).toEqual(['Cliente 40000']);
  });

  it('merges segments written in mixed sizes', async () => {
    const writer = new IndexWriter(db);
    let next = 1;
    for (const pages of [3, 1, 3, 1]) {
      for (let index = 0; index < pages; index++, next++) await page(db, 'sul', next, full(next * 10_000));
      await writer.catchUp();
    }
    const counts = (await listIndexSegments(db)).filter((meta) => meta.installationId === 'sul').map((meta) => meta.count);
    expect(counts).toEqual([35_001, 5_000]);
    expect(names(await open(), 'cliente 10000')).toEqual(['Cliente 10000']);
  });

  it('indexes a number again, into a new generation, when its pages were compacted', async () => {
    await compactPages(db, 'norte', 2);
    await new IndexWriter(db).catchUp();
    const segments = (await listIndexSegments(db)).filter((meta) => meta.installationId === 'norte');
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ generation: 1, count: 1 });
    expect(names(await open(), 'jose')).toEqual(['José Álvarez']);
  });

  it('never trusts a damaged segment: the reader leaves it out and the number is indexed again', async () => {
    const [norte] = (await listIndexSegments(db)).filter((meta) => meta.installationId === 'norte');
    const bytes = new Uint8Array((await readSegmentBytes(db, norte!.seq))!);
    bytes[bytes.length - 9]! ^= 0xff;
    const progress = (await listIndexProgress(db)).find((entry) => entry.installationId === 'norte')!;
    await storeSegments(db, { add: [{ ...norte!, bytes: bytes.buffer, seq: norte!.seq }], progress });
    const damaged = await open();
    // Its shape is whole, so it answers at first; its bytes are checked a moment later and it leaves.
    await expect.poll(() => damaged.search('5511987654321').map((result) => result.installationIds)).toEqual([['sul']]);
    await expect.poll(async () => (await listIndexProgress(db)).find((entry) => entry.installationId === 'norte')?.rebuild).toBe(true);
    await new IndexWriter(db).catchUp();
    expect((await open()).search('5511987654321')).toEqual([expect.objectContaining({ name: 'José Álvarez', installationIds: ['norte', 'sul'] })]);
  });

  it('indexes again a number whose index has an older format', async () => {
    const progress = (await listIndexProgress(db)).find((entry) => entry.installationId === 'sul')!;
    await storeSegments(db, { add: [], progress: { ...progress, format: 0 } });
    await new IndexWriter(db).catchUp();
    expect((await listIndexProgress(db)).find((entry) => entry.installationId === 'sul')).toMatchObject({ generation: 1, format: expect.any(Number) });
    expect((await open()).search('5511987654321')[0]?.installationIds).toEqual(['norte', 'sul']);
  });
});
