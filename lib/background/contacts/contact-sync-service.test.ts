import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/database';
import { saveInstallation } from '../../db/installations';
import { putSyncState } from '../../db/contact-sync-state';
import type { Installation } from '../../domain/installation';
import type { BlipClients } from '../installations/clients';
import { ContactSyncService, FRESH_ON_OPEN_MS } from './contact-sync-service';

const NOW = 1_800_000_000_000;
const number = (id: string): Omit<Installation, 'hasRouterKey'> => ({ id, name: id, phone: '+5215500000000', host: 'https://acme.http.msging.net', createdAt: 1, role: 'attendant' }) as Omit<Installation, 'hasRouterKey'>;

describe('contact sync when the panel opens', () => {
  it('syncs the numbers not synced in the last moments, and leaves the fresh ones', async () => {
    const db = openDatabase(`sync-service-${Math.random()}`);
    for (const id of ['fresh', 'stale', 'never']) await saveInstallation(db, number(id), { authorization: 'Key x' });
    await putSyncState(db, { installationId: 'fresh', phase: 'incremental', skip: 0, fetched: 0, running: false, updatedAt: NOW, lastSyncedAt: NOW - FRESH_ON_OPEN_MS + 1_000 });
    await putSyncState(db, { installationId: 'stale', phase: 'incremental', skip: 0, fetched: 0, running: false, updatedAt: NOW, lastSyncedAt: NOW - FRESH_ON_OPEN_MS - 1_000 });
    const service = new ContactSyncService(db, {} as BlipClients);
    const sync = vi.spyOn(service, 'sync').mockResolvedValue({ installationId: '', phase: 'incremental', skip: 0, fetched: 0, running: false, updatedAt: NOW });
    await service.syncStale(NOW);
    expect(sync.mock.calls.map(([id]) => id).sort()).toEqual(['never', 'stale']);
  });
});
