import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '../../db/database';
import { getInstallation, getInstallationSecret, listInstallations } from '../../db/installations';
import { readSetting } from '../../db/settings';
import { enqueue, listOutbox } from '../../db/outbox';
import { ABSENCE_WRITE } from '../../domain/outbox-item';
import { applyManagedSettings } from './managed-settings';
import { InstallationsService } from './installations-service';

describe('managed settings', () => {
  it('adds policy numbers read-only, with their keys kept apart', async () => {
    const db = openDatabase(`managed-${Math.random()}`);
    await fakeBrowser.storage.managed.set({
      agentEmail: 'Ana@Acme.com',
      installations: [
        { id: 'policy-1', name: 'Ventas', phone: '+55 11 98765-4321', tenant: 'acme', key: 'Key YWJjOmRlZg==' },
        { id: 'bad', name: 'Broken', phone: 'x', key: '' },
      ],
    });
    await applyManagedSettings(db);
    // One invalid entry invalidates the policy as a whole: nothing half-applied.
    expect(await listInstallations(db)).toEqual([]);

    await fakeBrowser.storage.managed.set({ installations: [{ id: 'policy-1', name: 'Ventas', phone: '+55 11 98765-4321', tenant: 'acme', key: 'Key YWJjOmRlZg==' }], agentEmail: 'Ana@Acme.com' });
    await applyManagedSettings(db);
    expect(await getInstallation(db, 'policy-1')).toMatchObject({ managed: true, host: 'https://acme.http.msging.net', phone: '+5511987654321' });
    expect(await getInstallationSecret(db, 'policy-1')).toMatchObject({ authorization: 'Key YWJjOmRlZg==' });
    expect(await readSetting(db, 'agentEmail')).toBe('ana@acme.com');

    const service = new InstallationsService(db);
    await expect(service.remove('policy-1')).rejects.toMatchObject({ code: 'read-only' });
    await expect(service.save({ id: 'policy-1', name: 'X', phone: '+5511987654321', host: 'https://acme.http.msging.net' })).rejects.toMatchObject({ code: 'read-only' });
  });

  it('removes a number the policy no longer lists, with its key and queued writes', async () => {
    const db = openDatabase(`managed-${Math.random()}`);
    const number = (id: string) => ({ id, name: id, phone: '+55 11 98765-4321', tenant: 'acme', key: 'Key YWJjOmRlZg==' });
    await fakeBrowser.storage.managed.set({ installations: [number('p1'), number('p2')] });
    await applyManagedSettings(db);
    await enqueue(db, { installationId: 'p2', kind: ABSENCE_WRITE, payload: { enabled: true, message: 'x', suggestedContact: null } });
    await new InstallationsService(db).save({ name: 'Mine', phone: '+5511987654321', host: 'https://mine.http.msging.net', key: { mode: 'header', header: 'Key YWJjOmRlZg==' } });

    await fakeBrowser.storage.managed.set({ installations: [number('p1')] });
    await applyManagedSettings(db);
    expect((await listInstallations(db)).map((installation) => installation.name).sort()).toEqual(['Mine', 'p1']);
    expect(await getInstallationSecret(db, 'p2')).toBeUndefined();
    expect(await listOutbox(db)).toEqual([]);

    await fakeBrowser.storage.managed.clear();
    await applyManagedSettings(db);
    expect((await listInstallations(db)).map((installation) => installation.name)).toEqual(['Mine']);
  });

  it('refuses a tenant that would point the key at another host', async () => {
    const db = openDatabase(`managed-${Math.random()}`);
    await fakeBrowser.storage.managed.set({ installations: [{ id: 'p1', name: 'Evil', phone: '+55 11 98765-4321', tenant: 'evil.example/x#', key: 'Key YWJjOmRlZg==' }] });
    await applyManagedSettings(db);
    expect(await listInstallations(db)).toEqual([]);
  });

  it('takes the manager role from the policy where the agent is not an attendant', async () => {
    const db = openDatabase(`managed-${Math.random()}`);
    await fakeBrowser.storage.managed.set({ installations: [{ id: 'p1', name: 'Andes', phone: '+55 11 98765-4321', tenant: 'acme', key: 'Key YWJjOmRlZg==', manager: true }] });
    await applyManagedSettings(db);
    expect(await getInstallation(db, 'p1')).toMatchObject({ managerDeclared: true });
  });
});
