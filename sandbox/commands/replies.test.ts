import { describe, expect, it } from 'vitest';
import { createStore } from '../store';
import { dispatchCommand } from './router';

const DESK = 'postmaster@desk.msging.net';
const COLLECTION = 'application/vnd.lime.collection+json';
const CUSTOM_REPLY = 'application/vnd.iris.desk.custom-reply+json';

const store = createStore(Date.parse('2026-03-01T12:00:00Z'));
const bot = store.bots.get('norte')!;
const command = (method: string, uri: string, resource?: unknown) =>
  dispatchCommand(store, bot, { id: crypto.randomUUID(), to: DESK, method, uri, ...(resource === undefined ? {} : { type: COLLECTION, resource }) });
const reply = (id: string, category: string, name: string, document: string) => ({ id, category, name, document, type: 'text/plain', isDynamicContent: false });
type Page<T> = { total: number; itemType: string; items: T[] };
const list = (uri = '/replies') => command('get', uri).resource as Page<{ id: string; category: string; isDynamicContent: boolean }>;

describe('sandbox ready replies', () => {
  it('lists the category made in the portal', () => {
    expect(list()).toEqual({ total: 1, itemType: CUSTOM_REPLY, items: [{ id: 'portal-saludos', category: 'Saludos (portal)', isDynamicContent: false }] });
  });

  it('creates, reads, replaces and deletes a category', () => {
    const created = command('set', '/replies/asistencia-envios', { itemType: CUSTOM_REPLY, items: [reply('r1', 'Envíos', 'Plazo', 'Llega en 3 días.'), reply('r2', 'Envíos', 'Rastreo', 'Su guía es…')] });
    expect(created).toEqual({ status: 'success' });
    expect(list().items.map((item) => item.id)).toEqual(['portal-saludos', 'asistencia-envios']);
    expect(command('get', '/replies/asistencia-envios')).toMatchObject({ status: 'success', type: COLLECTION, resource: { total: 2, itemType: CUSTOM_REPLY, items: [{ id: 'r1', name: 'Plazo' }, { id: 'r2' }] } });

    command('set', '/replies/asistencia-envios', { itemType: CUSTOM_REPLY, items: [reply('r3', 'Envíos y entregas', 'Nuevo', 'Texto nuevo')] });
    expect(command('get', '/replies/asistencia-envios').resource).toMatchObject({ total: 1, items: [{ id: 'r3', document: 'Texto nuevo' }] });
    expect(list().items.find((item) => item.id === 'asistencia-envios')?.category).toBe('Envíos y entregas');

    command('set', '/replies/asistencia-envios', { itemType: CUSTOM_REPLY, items: [] });
    expect(bot.replies.get('asistencia-envios')).toMatchObject({ category: 'Envíos y entregas', items: [] });

    expect(command('delete', '/replies/asistencia-envios')).toEqual({ status: 'success' });
    expect(command('delete', '/replies/asistencia-envios')).toEqual({ status: 'success' });
    expect(list().items.map((item) => item.id)).toEqual(['portal-saludos']);
  });

  it('refuses a reply without a document, and a body that is not a collection, with reason 21', () => {
    const bad = { ...reply('x', 'Otra', 'Sin texto', ''), document: undefined };
    expect(command('set', '/replies/asistencia-otra', { itemType: CUSTOM_REPLY, items: [bad] })).toMatchObject({ status: 'failure', reason: { code: 21 } });
    expect(dispatchCommand(store, bot, { id: 'x', to: DESK, method: 'set', uri: '/replies/asistencia-otra', type: 'application/json', resource: {} })).toMatchObject({ status: 'failure', reason: { code: 21 } });
    expect(bot.replies.has('asistencia-otra')).toBe(false);
  });

  it('answers an unknown category with 67', () => {
    expect(command('get', '/replies/asistencia-nada')).toMatchObject({ status: 'failure', reason: { code: 67 } });
  });

  it('pages the categories', () => {
    const other = createStore(Date.parse('2026-03-01T12:00:00Z')).bots.get('sul')!;
    for (const n of [1, 2, 3]) dispatchCommand(store, other, { id: `p${n}`, to: DESK, method: 'set', uri: `/replies/asistencia-${n}`, type: COLLECTION, resource: { itemType: CUSTOM_REPLY, items: [reply(`r${n}`, `Cat ${n}`, 'N', 'D')] } });
    const pageOf = (uri: string) => dispatchCommand(store, other, { id: 'g', to: DESK, method: 'get', uri }).resource as Page<{ id: string }>;
    expect(pageOf('/replies?$skip=1&$take=2')).toMatchObject({ total: 4, items: [{ id: 'asistencia-1' }, { id: 'asistencia-2' }] });
    expect(pageOf('/replies?$skip=3').items.map((item) => item.id)).toEqual(['asistencia-3']);
    expect(dispatchCommand(store, other, { id: 'g', to: DESK, method: 'get', uri: '/replies?$take=101' })).toMatchObject({ status: 'failure' });
  });
});
