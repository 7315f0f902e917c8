import type { Database } from '../../db/database';
import { getInstallation, getInstallationSecret, removeInstallation, saveInstallation, updateInstallation } from '../../db/installations';
import { AppError } from '../../errors/app-error';
import { BlipTransport } from '../../blip/transport';
import { getBotAccount } from '../../blip/account';
import { attendantEmail, listAttendants } from '../../blip/attendants';
import { authorizationFrom, type KeyInput, type Role } from '../../domain/installation';
import type { RpcParsedInput } from '../../rpc/contract';
import type { ConnectionReport } from '../../rpc/contracts/installations';
import { readSetting } from '../../db/settings';

type Draft = RpcParsedInput<'installations.save'>;

/** Adds, edits, removes and checks the numbers (installations) and their keys. */
export class InstallationsService {
  constructor(
    private readonly db: Database,
    private readonly transportFor: (host: string, authorization: string) => BlipTransport = (host, authorization) =>
      new BlipTransport({ host, authorization, readRetries: 0 }),
  ) {}

  async save(draft: Draft, now = Date.now()): Promise<{ id: string }> {
    const existing = draft.id ? await getInstallation(this.db, draft.id) : undefined;
    if (draft.id && !existing) throw new AppError('not-found', 'Unknown number');
    if (existing?.managed) throw new AppError('read-only', 'Managed by policy');
    if (!existing && !draft.key) throw new AppError('invalid-input', 'A key is required', { fields: ['key.required'] });
    const id = existing?.id ?? crypto.randomUUID();
    await saveInstallation(
      this.db,
      {
        ...existing,
        id,
        name: draft.name,
        phone: draft.phone,
        host: draft.host,
        managed: false,
        createdAt: existing?.createdAt ?? now,
        // A new key may belong to another bot: the role must be checked again.
        ...(draft.key || draft.host !== existing?.host ? { role: undefined, roleCheckedAt: undefined } : {}),
      },
      {
        authorization: draft.key && authorizationFrom(draft.key),
        routerAuthorization: draft.routerKey && authorizationFrom(draft.routerKey),
      },
    );
    return { id };
  }

  async remove(id: string): Promise<void> {
    const existing = await getInstallation(this.db, id);
    if (existing?.managed) throw new AppError('read-only', 'Managed by policy');
    await removeInstallation(this.db, id);
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
    await updateInstallation(this.db, id, { role: report.role, botIdentity: report.botIdentity, roleCheckedAt: now });
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
    const [installation, secret] = await Promise.all([getInstallation(this.db, target.id), getInstallationSecret(this.db, target.id)]);
    if (!installation || !secret) throw new AppError('not-configured', 'Unknown number');
    return { host: installation.host, authorization: secret.authorization };
  }
}
