import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '../../db/database';
import { getInstallation, getInstallationSecret, listInstallations } from '../../db/installations';
import { readSetting } from '../../db/settings';
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
});
