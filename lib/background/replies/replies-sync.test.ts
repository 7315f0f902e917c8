import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { saveInstallation } from '../../db/installations';
import { listOutbox, queuedWrites, retryOutbox } from '../../db/outbox';
import { countCategories, getCategory, listCategories, updateCategory } from '../../db/reply-categories';
import { getConflict, listConflicts } from '../../db/reply-conflicts';
import { createStore, type SandboxStore } from '../../../sandbox/store';
import { sandboxTransport } from '../../../tests/helpers/sandbox-transport';
import { OutboxRunner } from '../outbox/outbox-runner';
import type { BlipClients } from '../installations/clients';
import { RepliesService } from './replies-service';
import { REPLIES_PUT } from '../../domain/outbox-item';
import { RepliesSync } from './replies-sync';

const NUMBERS = { n1: 'norte', n2: 'sul', n3: 'andes' } as Record<string, string>;

describe('ready replies on every number', () => {
  let db: Database;
  let store: SandboxStore;
  let down: Set<string>;
  /** Work to run once, right after a read of `uri` (its path) is answered. */
  let interleave: { uri: string; run: () => Promise<void> } | undefined;
  let service: RepliesService;
  let sync: RepliesSync;
  let runner: OutboxRunner;
  const botReplies = (bot: string) => store.bots.get(bot)!.replies;
  const drain = async () => {
    await retryOutbox(db);
    await runner.kick();
  };

  beforeEach(async () => {
    db = openDatabase(`replies-${Math.random()}`);
    store = createStore(Date.parse('2026-11-20T12:00:00Z'));
    down = new Set();
    interleave = undefined;
    const after = async (uri: string) => {
      if (!interleave || !uri.startsWith(interleave.uri)) return;
      const { run } = interleave;
      interleave = undefined;
      await run();
    };
    const clients = { forInstallation: async (id: string) => sandboxTransport(store, NUMBERS[id]!, { fail: () => down.has(NUMBERS[id]!), after }) } as unknown as BlipClients;
    service = new RepliesService(db);
    sync = new RepliesSync(db, clients);
    runner = new OutboxRunner({ db, handlers: { [REPLIES_PUT]: sync.deliver } });
    for (const [index, id] of Object.keys(NUMBERS).entries()) {
      await saveInstallation(db, { id, name: id, phone: '+5215500000000', host: 'http://sandbox', managed: false, createdAt: index }, { authorization: 'Key test' });
    }
  });

  it('writes one edit to the three numbers, under our id, leaving the portal replies alone', async () => {
    const categoryId = await service.saveCategory({ name: 'Saludos' });
    await service.saveReply(categoryId, { title: 'Hola', text: 'Hola {{contact.name}} 👋' });
    expect(await listOutbox(db)).toHaveLength(3);
    await drain();
    for (const bot of Object.values(NUMBERS)) {
      expect(botReplies(bot).get(categoryId)?.items).toMatchObject([{ category: 'Saludos', name: 'Hola', document: 'Hola {{contact.name}} 👋', type: 'text/plain' }]);
      expect(botReplies(bot).has('portal-saludos')).toBe(true);
    }
    expect(await listOutbox(db)).toHaveLength(0);
  });

  it('delivers to a number that failed during the edit once it answers again', async () => {
    const categoryId = await service.saveCategory({ name: 'Cierre' });
    await service.saveReply(categoryId, { title: 'Gracias', text: '¡Gracias!' });
    down.add('sul');
    await drain();
    expect(botReplies('norte').has(categoryId)).toBe(true);
    expect(botReplies('sul').has(categoryId)).toBe(false);
    expect(await queuedWrites(db, 'n2', REPLIES_PUT)).toHaveLength(1);
    down.clear();
    await drain();
    expect(botReplies('sul').get(categoryId)?.items).toHaveLength(1);
    expect(await listOutbox(db)).toHaveLength(0);
  });

  it('never writes over a change made elsewhere: records both, and the user chooses', async () => {
    const categoryId = await service.saveCategory({ name: 'Pagos' });
    const replyId = await service.saveReply(categoryId, { title: 'Pix', text: 'Chave Pix: 123' });
    await drain();
    // Someone else edits the reply on Tienda Norte meanwhile.
    botReplies('norte').get(categoryId)!.items[0]!.document = 'Chave Pix: 999 (nova)';
    await service.saveReply(categoryId, { id: replyId, title: 'Pix', text: 'Chave Pix: 456' });
    await drain();
    expect(botReplies('norte').get(categoryId)!.items[0]!.document).toBe('Chave Pix: 999 (nova)');
    expect(botReplies('sul').get(categoryId)!.items[0]!.document).toBe('Chave Pix: 456');
    const conflict = await getConflict(db, categoryId, 'n1');
    expect(conflict?.theirs?.replies[0]?.text).toBe('Chave Pix: 999 (nova)');

    await service.resolveConflict(categoryId, 'n1', 'theirs');
    await drain();
    expect((await getCategory(db, categoryId))!.replies[0]!.text).toBe('Chave Pix: 999 (nova)');
    for (const bot of Object.values(NUMBERS)) expect(botReplies(bot).get(categoryId)!.items[0]!.document).toBe('Chave Pix: 999 (nova)');
    expect(await listConflicts(db)).toHaveLength(0);
  });

  it('keeps mine when the user says so', async () => {
    const categoryId = await service.saveCategory({ name: 'Pagos' });
    const replyId = await service.saveReply(categoryId, { title: 'Pix', text: 'v1' });
    await drain();
    botReplies('sul').get(categoryId)!.items[0]!.document = 'theirs';
    await service.saveReply(categoryId, { id: replyId, title: 'Pix', text: 'mine' });
    await drain();
    await service.resolveConflict(categoryId, 'n2', 'mine');
    await drain();
    expect(botReplies('sul').get(categoryId)!.items[0]!.document).toBe('mine');
  });

  it('takes in categories created and deleted elsewhere, and ignores the portal ones', async () => {
    const items = [{ id: 'r1', category: 'Envíos', name: 'Plazo', document: '3 a 5 días', type: 'text/plain', isDynamicContent: false }];
    botReplies('norte').set('asistencia-remote', { id: 'asistencia-remote', category: 'Envíos', items, updatedAt: '' });
    await sync.pullAll();
    const categories = await listCategories(db);
    expect(categories.map((category) => category.name)).toEqual(['Envíos']);
    botReplies('norte').delete('asistencia-remote');
    await sync.pullAll();
    expect(await countCategories(db)).toBe(0);
  });

  it('deletes a category on every number', async () => {
    const categoryId = await service.saveCategory({ name: 'Temporal' });
    await service.saveReply(categoryId, { title: 'x', text: 'y' });
    await drain();
    await service.deleteCategory(categoryId);
    await drain();
    for (const bot of Object.values(NUMBERS)) expect(botReplies(bot).has(categoryId)).toBe(false);
    expect(await getCategory(db, categoryId)).toBeUndefined();
  });

  it('refuses names and titles over the limits', async () => {
    await expect(service.saveCategory({ name: 'x'.repeat(61) })).rejects.toMatchObject({ code: 'invalid-input', details: { fields: ['name.too-long'] } });
    const categoryId = await service.saveCategory({ name: 'Ok' });
    await expect(service.saveReply(categoryId, { title: 'y'.repeat(31), text: 'z' })).rejects.toMatchObject({ details: { fields: ['title.too-long'] } });
  });

  it('does not take an old copy back when a delivery lands while the number is being read', async () => {
    const categoryId = await service.saveCategory({ name: 'Pagos' });
    const replyId = await service.saveReply(categoryId, { title: 'Pix', text: 'v1' });
    await drain();
    await service.saveReply(categoryId, { id: replyId, title: 'Pix', text: 'v2' });
    // The pull reads Tienda Norte's v1; right after, the outbox delivers v2 everywhere.
    interleave = { uri: `/replies/${categoryId}`, run: drain };
    await sync.pull('n1');
    expect((await getCategory(db, categoryId))!.replies[0]!.text).toBe('v2');
    for (const bot of Object.values(NUMBERS)) expect(botReplies(bot).get(categoryId)!.items[0]!.document).toBe('v2');
  });

  it('sends a change made elsewhere on one number on to the others, and two such changes become a conflict', async () => {
    const categoryId = await service.saveCategory({ name: 'Pagos' });
    await service.saveReply(categoryId, { title: 'Pix', text: 'v1' });
    await drain();
    botReplies('norte').get(categoryId)!.items[0]!.document = 'norte edit';
    await sync.pull('n1');
    await drain();
    expect(botReplies('sul').get(categoryId)!.items[0]!.document).toBe('norte edit');
    expect(botReplies('andes').get(categoryId)!.items[0]!.document).toBe('norte edit');

    botReplies('norte').get(categoryId)!.items[0]!.document = 'norte again';
    botReplies('sul').get(categoryId)!.items[0]!.document = 'sul edit';
    await sync.pullAll();
    await drain();
    expect(await listConflicts(db)).toHaveLength(1);
  });

  it('lets "theirs" bring back a category deleted here while someone edited it', async () => {
    const categoryId = await service.saveCategory({ name: 'Temporal' });
    await service.saveReply(categoryId, { title: 'x', text: 'v1' });
    await drain();
    botReplies('norte').get(categoryId)!.items[0]!.document = 'still needed';
    await service.deleteCategory(categoryId);
    await drain();
    expect(botReplies('norte').get(categoryId)!.items[0]!.document).toBe('still needed');
    await service.resolveConflict(categoryId, 'n1', 'theirs');
    await drain();
    const restored = await getCategory(db, categoryId);
    expect(restored?.deleted).toBe(false);
    for (const bot of Object.values(NUMBERS)) expect(botReplies(bot).get(categoryId)!.items[0]!.document).toBe('still needed');
  });

  it('"keep mine" writes over that version only; a newer change there is a new conflict', async () => {
    const categoryId = await service.saveCategory({ name: 'Pagos' });
    const replyId = await service.saveReply(categoryId, { title: 'Pix', text: 'v1' });
    await drain();
    botReplies('sul').get(categoryId)!.items[0]!.document = 'theirs 1';
    await service.saveReply(categoryId, { id: replyId, title: 'Pix', text: 'mine' });
    await drain();
    down.add('sul');
    await service.resolveConflict(categoryId, 'n2', 'mine');
    await drain();
    botReplies('sul').get(categoryId)!.items[0]!.document = 'theirs 2';
    down.clear();
    await drain();
    expect(botReplies('sul').get(categoryId)!.items[0]!.document).toBe('theirs 2');
    expect((await getConflict(db, categoryId, 'n2'))?.theirs?.replies[0]?.text).toBe('theirs 2');
  });

  it('gives a number added later the categories it lacks', async () => {
    const categoryId = await service.saveCategory({ name: 'Saludos' });
    await service.saveReply(categoryId, { title: 'Hola', text: 'Hola' });
    await drain();
    botReplies('andes').delete(categoryId);
    await updateCategory(db, categoryId, { synced: { n1: (await getCategory(db, categoryId))!.synced.n1!, n2: (await getCategory(db, categoryId))!.synced.n2! } });
    await sync.pull('n3');
    await drain();
    expect(botReplies('andes').get(categoryId)?.items[0]?.document).toBe('Hola');
  });
});
