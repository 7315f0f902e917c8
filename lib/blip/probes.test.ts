import { describe, expect, it } from 'vitest';
import { createStore } from '../../sandbox/store';
import { sandboxTransport } from '../../tests/helpers/sandbox-transport';
import { probeCapabilities } from './probes';
import { flowIdsFromContexts, humanServiceBlocks } from './builder';
import { FLOWS, deskBlock } from '../../sandbox/builder/flows';
import { routerCases } from '../../sandbox/data/router';

describe('capability probes', () => {
  it('finds every optional call on a full tenant, and what is missing or ignored on a poorer one', async () => {
    const store = createStore(Date.parse('2026-03-04T15:00:00Z'));
    const norte = sandboxTransport(store, 'norte');
    expect(await probeCapabilities(norte, norte)).toEqual({ historyMetadata: 'ok', contactsOrderBy: 'ok', attendanceHours: 'ok', businessAccount: 'ok', templates: 'ok', notifications: 'ok' });
    const bot = store.bots.get('norte')!;
    bot.capabilities = { ...bot.capabilities, historyMetadata: false, orderBy: 'ignored', attendanceHours: false, businessAccount: false, templatesShape: 'collection' };
    expect(await probeCapabilities(norte, norte)).toMatchObject({ historyMetadata: 'missing', contactsOrderBy: 'ignored', attendanceHours: 'missing', businessAccount: 'missing', templates: 'ok' });
    bot.capabilities.orderBy = 'refused';
    expect((await probeCapabilities(norte, norte)).contactsOrderBy).toBe('missing');
  });

  it('tells a router setup apart: templates need the router, Desk calls the service', async () => {
    const store = createStore(Date.parse('2026-03-04T15:00:00Z'));
    const service = sandboxTransport(store, 'centro-atencion');
    expect((await probeCapabilities(service, service)).templates).toBe('missing');
    expect((await probeCapabilities(service, sandboxTransport(store, 'centro'))).templates).toBe('ok');
  });
});

describe('finding the flow and its human-service block', () => {
  it('reads the flow id from customers\' contexts and the desk blocks from the flow', async () => {
    const store = createStore(Date.parse('2026-03-04T15:00:00Z'));
    const cases = routerCases.get(store)!;
    expect(await flowIdsFromContexts(sandboxTransport(store, 'centro'), cases.map((item) => item.identity))).toEqual([FLOWS['centro-atencion']!.flowId]);
    expect(await humanServiceBlocks(sandboxTransport(store, 'centro-atencion'))).toEqual([{ id: deskBlock('centro-atencion'), title: 'Atención en mostrador' }]);
    expect(await humanServiceBlocks(sandboxTransport(store, 'centro'))).toEqual([]);
  });
});
