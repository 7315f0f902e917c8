import type { CompanionDb } from '../../db/database';
import { AppError } from '../../errors/app-error';
import { BlipTransport } from '../../blip/transport';
import { getBotAccount } from '../../blip/account';
import { attendantEmail, listAttendants } from '../../blip/attendants';
import { authorizationFrom, type Installation, type KeyInput, type Role } from '../../domain/installation';
import type { RpcParsedInput } from '../../rpc/contract';
import type { ConnectionReport } from '../../rpc/contracts/installations';
import { readSetting, writeSetting } from '../../settings/settings-repo';

type Draft = RpcParsedInput<'installations.save'>;

/** Adds, edits, removes and checks the numbers (installations) and their keys. */
export class InstallationsService {
  constructor(
    private readonly db: CompanionDb,
    private readonly transportFor: (host: string, authorization: string) => BlipTransport = (host, authorization) =>
      new BlipTransport({ host, authorization, readRetries: 0 }),
  ) {}

  async save(draft: Draft, now = Date.now()): Promise<{ id: string }> {
    const existing = draft.id ? await this.db.installations.get(draft.id) : undefined;
    if (draft.id && !existing) throw new AppError('not-found', 'Unknown number');
    if (existing?.managed) throw new AppError('read-only', 'Managed by policy');
    if (!existing && !draft.key) throw new AppError('invalid-input', 'A key is required', { fields: ['key.required'] });
    const id = existing?.id ?? crypto.randomUUID();
    await this.db.transaction('rw', this.db.installations, this.db.secrets, this.db.settings, async () => {
      const secret = await this.db.secrets.get(id);
      const authorization = draft.key ? authorizationFrom(draft.key) : secret!.authorization;
      const routerAuthorization = draft.routerKey ? authorizationFrom(draft.routerKey) : secret?.routerAuthorization;
      await this.db.secrets.put({ installationId: id, authorization, routerAuthorization });
      await this.db.installations.put({
        ...existing,
        id,
        name: draft.name,
        phone: draft.phone,
        host: draft.host,
        managed: false,
        hasRouterKey: Boolean(routerAuthorization),
        createdAt: existing?.createdAt ?? now,
        // A new key may belong to another bot: the role must be checked again.
        ...(draft.key || draft.host !== existing?.host ? { role: undefined, roleCheckedAt: undefined } : {}),
      });
      if (!(await readSetting(this.db, 'selectedInstallationId'))) await writeSetting(this.db, 'selectedInstallationId', id);
    });
    return { id };
  }

  async remove(id: string): Promise<void> {
    const existing = await this.db.installations.get(id);
    if (existing?.managed) throw new AppError('read-only', 'Managed by policy');
    const tables = this.db.tables.filter((table) => table.schema.indexes.some((index) => index.name === 'installationId') || table.schema.primKey.name === 'installationId');
    await this.db.transaction('rw', [this.db.installations, this.db.settings, ...tables], async () => {
      await this.db.installations.delete(id);
      for (const table of tables) {
        if (table.schema.primKey.name === 'installationId') await table.delete(id);
        else await table.where('installationId').equals(id).delete();
      }
      if ((await readSetting(this.db, 'selectedInstallationId')) === id) {
        const next = await this.db.installations.orderBy('createdAt').first();
        await writeSetting(this.db, 'selectedInstallationId', next?.id ?? '');
      }
    });
  }

  /** Sends real commands with a saved or typed key: the bot's account, then its attendants for the role. */
  async test(target: { id: string } | { host: string; key: KeyInput }): Promise<ConnectionReport> {
    const { host, authorization } = await this.connectionOf(target);
    const transport = this.transportFor(host, authorization);
    const account = await getBotAccount(transport);
    const report = await this.roleReport(transport);
    return { ...report, botIdentity: account.identity, botName: account.fullName ?? account.identity };
  }

  /** Re-reads the number's attendants and stores the agent's role and the bot identity. */
  async refreshRole(id: string, now = Date.now()): Promise<ConnectionReport> {
    const report = await this.test({ id });
    await this.db.installations.update(id, { role: report.role, botIdentity: report.botIdentity, roleCheckedAt: now });
    return report;
  }

  private async roleReport(transport: BlipTransport): Promise<{ role: Role; attendants: number }> {
    const attendants = await listAttendants(transport);
    const email = (await readSetting(this.db, 'agentEmail'))?.toLowerCase();
    const isAttendant = Boolean(email) && attendants.some((attendant) => attendantEmail(attendant) === email);
    return { role: isAttendant ? 'attendant' : 'manager', attendants: attendants.length };
  }

  private async connectionOf(target: { id: string } | { host: string; key: KeyInput }) {
    if ('host' in target) return { host: target.host, authorization: authorizationFrom(target.key) };
    const [installation, secret] = await Promise.all([this.db.installations.get(target.id), this.db.secrets.get(target.id)]);
    if (!installation || !secret) throw new AppError('not-configured', 'Unknown number');
    return { host: installation.host, authorization: secret.authorization };
  }

  /** Installations in display order. */
  list(): Promise<Installation[]> {
    return this.db.installations.orderBy('createdAt').toArray();
  }
}
