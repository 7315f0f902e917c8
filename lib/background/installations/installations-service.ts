import type { Database } from '../../db/database';
import { getInstallation, getInstallationSecret, removeInstallation, saveInstallation, updateInstallation } from '../../db/installations';
import { AppError } from '../../errors/app-error';
import { BlipTransport } from '../../blip/transport';
import { getBotAccount } from '../../blip/account';
import { attendantEmail, listAttendants } from '../../blip/attendants';
import { authorizationFrom, roleOf, type KeyInput, type Role } from '../../domain/installation';
import type { RpcParsedInput } from '../../rpc/contract';
import type { ConnectionReport } from '../../rpc/contracts/installations';
import { readSetting } from '../../db/settings';
import { probeCapabilities } from '../../blip/probes';
import type { RoutingCandidates } from '../../rpc/contracts/installations';
import { findRouting } from './routing-finder';

type Target = { id: string } | { host: string; key: KeyInput; routerKey?: KeyInput };

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
    // A stored key is only ever sent to the host it was entered for.
    const hostChanged = Boolean(existing) && draft.host !== existing!.host;
    if (hostChanged && !draft.key) throw new AppError('invalid-input', 'The host changed: the key must be entered again', { fields: ['key.host-changed'] });
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
        routing: draft.routing,
        // A new key may belong to another bot: the role must be checked again.
        ...(draft.key || draft.host !== existing?.host ? { role: undefined, roleCheckedAt: undefined } : {}),
      },
      {
        authorization: draft.key && authorizationFrom(draft.key),
        // The router key goes with the host too: on a new host it is the one typed now, or none.
        routerAuthorization: draft.routerKey ? authorizationFrom(draft.routerKey) : hostChanged ? null : undefined,
      },
    );
    return { id };
  }

  async remove(id: string): Promise<void> {
    const existing = await getInstallation(this.db, id);
    if (existing?.managed) throw new AppError('read-only', 'Managed by policy');
    await removeInstallation(this.db, id);
  }

  /**
   * Sends real commands with saved or typed keys: the bot's account, its attendants for the role, and
   * a probe of the tenant's optional calls (the channel ones with the router key when there is one).
   */
  async test(target: Target): Promise<ConnectionReport> {
    const { desk, channel } = await this.transportsOf(target);
    const account = await getBotAccount(desk);
    const declared = 'id' in target ? (await getInstallation(this.db, target.id))?.managerDeclared : undefined;
    const [report, capabilities] = await Promise.all([this.roleReport(desk, declared), probeCapabilities(desk, channel)]);
    return { ...report, capabilities, botIdentity: account.identity, botName: account.fullName ?? account.identity };
  }

  /** Re-reads the number's attendants and optional calls; stores the agent's role, the bot identity and the calls found. */
  async refreshRole(id: string, now = Date.now()): Promise<ConnectionReport> {
    const report = await this.test({ id });
    await updateInstallation(this.db, id, { role: report.role, botIdentity: report.botIdentity, roleCheckedAt: now, capabilities: report.capabilities, capabilitiesCheckedAt: now });
    return report;
  }

  /** Reads the flow id and human-service blocks for the active-message routing (see routing-finder.ts). */
  async findRouting(target: Target): Promise<RoutingCandidates> {
    const { desk, channel } = await this.transportsOf(target);
    return findRouting(desk, channel);
  }

  /**
   * The agent says whether they manage a number where they are not an attendant (Blip lists no
   * managers, so the attendants cannot tell): their role there becomes `manager` or `unknown`.
   */
  async declareManager(id: string, manager: boolean): Promise<void> {
    const existing = await getInstallation(this.db, id);
    if (!existing) throw new AppError('not-found', 'Unknown number');
    const role = existing.role === undefined ? undefined : roleOf(existing.role === 'attendant', manager);
    await updateInstallation(this.db, id, { managerDeclared: manager, role });
  }

  private async roleReport(transport: BlipTransport, managerDeclared?: boolean): Promise<{ role: Role; attendants: number }> {
    const attendants = await listAttendants(transport);
    const email = (await readSetting(this.db, 'agentEmail'))?.toLowerCase();
    const isAttendant = Boolean(email) && attendants.some((attendant) => attendantEmail(attendant) === email);
    return { role: roleOf(isAttendant, managerDeclared), attendants: attendants.length };
  }

  /** The Desk bot's transport and the channel owner's (the router's, when a router key is set). */
  private async transportsOf(target: Target): Promise<{ desk: BlipTransport; channel: BlipTransport }> {
    if ('host' in target) {
      const desk = this.transportFor(target.host, authorizationFrom(target.key));
      return { desk, channel: target.routerKey ? this.transportFor(target.host, authorizationFrom(target.routerKey)) : desk };
    }
    const [installation, secret] = await Promise.all([getInstallation(this.db, target.id), getInstallationSecret(this.db, target.id)]);
    if (!installation || !secret) throw new AppError('not-configured', 'Unknown number');
    const desk = this.transportFor(installation.host, secret.authorization);
    return { desk, channel: secret.routerAuthorization ? this.transportFor(installation.host, secret.routerAuthorization) : desk };
  }
}
