import type { Installation, InstallationSecret } from '../domain/installation';
import type { Database } from './database';
import { readSetting, writeSetting } from './settings';
import { tablesOf } from './tables';
import { keyOf, usable } from './checked-read';
import { checkInstallation } from './valid-records';

// The numbers (installations) and their keys. Keys are read only by the background's Blip clients.

const checked = (rows: unknown[]) => usable('installations', rows, checkInstallation, keyOf('id'));

/** The numbers in the order they were added (damaged ones mended or left out, see valid-records.ts). */
export async function listInstallations(db: Database): Promise<Installation[]> {
  return checked(await tablesOf(db).installations.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

/** One number, or nothing when it is not configured. */
export async function getInstallation(db: Database, id: string): Promise<Installation | undefined> {
  return checked([await tablesOf(db).installations.get(id)].filter(Boolean))[0];
}

/** The number added first. */
export async function firstInstallation(db: Database): Promise<Installation | undefined> {
  return (await listInstallations(db))[0];
}

/** The number's keys (background only). */
export function getInstallationSecret(db: Database, id: string): Promise<InstallationSecret | undefined> {
  return tablesOf(db).secrets.get(id);
}

/** Changes some fields of a number (its role, after a check). */
export async function updateInstallation(db: Database, id: string, changes: Partial<Omit<Installation, 'id'>>): Promise<void> {
  await tablesOf(db).installations.update(id, changes);
}

/**
 * Stores a number and its keys together; a key left out keeps the stored one, a router key given as
 * `null` is removed. The first number stored becomes the selected one.
 */
export async function saveInstallation(
  db: Database,
  installation: Omit<Installation, 'hasRouterKey'>,
  keys: { authorization?: string; routerAuthorization?: string | null },
): Promise<void> {
  const { installations, secrets, settings } = tablesOf(db);
  await tablesOf(db).transaction('rw', installations, secrets, settings, async () => {
    const secret = await secrets.get(installation.id);
    const authorization = keys.authorization ?? secret!.authorization;
    const routerAuthorization = keys.routerAuthorization === null ? undefined : (keys.routerAuthorization ?? secret?.routerAuthorization);
    await secrets.put({ installationId: installation.id, authorization, routerAuthorization });
    await installations.put({ ...installation, hasRouterKey: Boolean(routerAuthorization) });
    if (!(await readSetting(db, 'selectedInstallationId'))) await writeSetting(db, 'selectedInstallationId', installation.id);
  });
}

/**
 * Removes a number and everything kept for it (every table with its id), in one transaction. When it
 * was the selected number, the number added first is selected instead.
 */
export async function removeInstallation(db: Database, id: string): Promise<void> {
  const all = tablesOf(db);
  const tables = perNumberTables(db);
  await all.transaction('rw', [all.installations, all.settings, ...tables], async () => {
    await all.installations.delete(id);
    for (const table of tables) {
      if (table.schema.primKey.name === 'installationId') await table.delete(id);
      else await table.where('installationId').equals(id).delete();
    }
    if ((await readSetting(db, 'selectedInstallationId')) === id) {
      const next = await firstInstallation(db);
      await writeSetting(db, 'selectedInstallationId', next?.id ?? '');
    }
  });
}

/** Every table that keeps rows per number (keys, outbox, caches…). */
function perNumberTables(db: Database) {
  return tablesOf(db).tables.filter((table) => table.schema.indexes.some((index) => index.name === 'installationId') || table.schema.primKey.name === 'installationId');
}

/** A number an administrator's policy sets, with its keys. */
export interface ManagedNumber {
  installation: Omit<Installation, 'createdAt'>;
  secret: InstallationSecret;
}

/**
 * Applies an administrator's policy in one transaction: its agent e-mail (marked as managed), its
 * numbers with their keys (added ones dated `now`), and the removal — with their keys and everything
 * kept for them — of numbers an earlier policy set and this one no longer does.
 */
export async function storeManagedPolicy(db: Database, policy: { agentEmail?: string; numbers: ManagedNumber[] }, now: number): Promise<string[]> {
  const all = tablesOf(db);
  const { installations, secrets } = all;
  return all.transaction('rw', [installations, all.settings, ...perNumberTables(db)], async () => {
    await writeSetting(db, 'agentEmailManaged', Boolean(policy.agentEmail));
    if (policy.agentEmail) await writeSetting(db, 'agentEmail', policy.agentEmail);
    for (const { installation, secret } of policy.numbers) {
      const existing = await installations.get(installation.id);
      // A number the agent added with the same id becomes the policy's, keys included.
      await installations.put({ ...existing, ...installation, managerDeclared: installation.managerDeclared || existing?.managerDeclared, createdAt: existing?.createdAt ?? now });
      await secrets.put(secret);
    }
    const kept = new Set(policy.numbers.map(({ installation }) => installation.id));
    const revoked = (await installations.toArray()).filter((installation) => installation.managed && !kept.has(installation.id)).map((installation) => installation.id);
    for (const id of revoked) await removeInstallation(db, id);
    return revoked;
  });
}
