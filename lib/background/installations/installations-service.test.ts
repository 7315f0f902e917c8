import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { getInstallation, getInstallationSecret } from '../../db/installations';
import { writeSetting } from '../../db/settings';
import { BlipTransport } from '../../blip/transport';
import { InstallationsService } from './installations-service';

const KEY = { mode: 'header', header: 'Key YWJjOmRlZg==' } as const;
const OTHER_KEY = { mode: 'header', header: 'Key eHl6OnV2dw==' } as const;
const number = { name: 'Tienda Norte', phone: '+5215512345678', host: 'https://acme.http.msging.net' };

describe('numbers and their keys', () => {
  let db: Database;
  /** Hosts each request went to, with the key it carried. */
  let sent: Array<{ host: string; authorization: string }>;
  let attendants: string[];
  let service: InstallationsService;

  beforeEach(async () => {
    db = openDatabase(`installations-${Math.random()}`);
    sent = [];
    attendants = [];
    await writeSetting(db, 'agentEmail', 'ana@acme.com');
    service = new InstallationsService(db, (host, authorization) => {
      sent.push({ host, authorization });
      return new BlipTransport({
        host,
        authorization,
        readRetries: 0,
        fetchImpl: async (_url, init) => {
          const { uri } = JSON.parse(String(init!.body)) as { uri: string };
          const resource = uri.startsWith('/attendants') ? { items: attendants.map((email) => ({ identity: `${encodeURIComponent(email)}@blip.ai`, email })) } : { identity: 'bot@msging.net' };
          return new Response(JSON.stringify({ status: 'success', resource }), { status: 200 });
        },
      });
    });
  });

  it('never sends a stored key to a new host: changing the host needs the key again', async () => {
    const { id } = await service.save({ ...number, key: KEY, routerKey: KEY });
    await expect(service.save({ id, ...number, host: 'https://other.example.com' })).rejects.toMatchObject({ code: 'invalid-input', details: { fields: ['key.host-changed'] } });
    expect((await getInstallation(db, id))!.host).toBe(number.host);

    await service.save({ id, ...number, host: 'https://other.example.com', key: OTHER_KEY });
    expect(await getInstallationSecret(db, id)).toEqual({ installationId: id, authorization: 'Key eHl6OnV2dw==' });
    expect(await getInstallation(db, id)).toMatchObject({ host: 'https://other.example.com', hasRouterKey: false });
    await service.test({ id });
    expect(sent).toEqual([{ host: 'https://other.example.com', authorization: 'Key eHl6OnV2dw==' }]);
  });

  it('keeps the key when only the name changes', async () => {
    const { id } = await service.save({ ...number, key: KEY });
    await service.save({ id, ...number, name: 'Norte' });
    expect(await getInstallationSecret(db, id)).toMatchObject({ authorization: 'Key YWJjOmRlZg==' });
  });

  it('says "role unknown", not manager, when the agent is not among the attendants, until they say they manage it', async () => {
    const { id } = await service.save({ ...number, key: KEY });
    attendants = ['someone@acme.com'];
    expect(await service.refreshRole(id)).toMatchObject({ role: 'unknown' });
    await service.declareManager(id, true);
    expect(await getInstallation(db, id)).toMatchObject({ role: 'manager', managerDeclared: true });
    expect(await service.refreshRole(id)).toMatchObject({ role: 'manager' });
    attendants = ['ana@acme.com'];
    expect(await service.refreshRole(id)).toMatchObject({ role: 'attendant' });
    attendants = [];
    await service.declareManager(id, false);
    expect(await service.refreshRole(id)).toMatchObject({ role: 'unknown' });
  });
});
