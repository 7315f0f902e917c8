import type { Database } from '../../db/database';
import { getAbsence, saveAbsence, settleAbsence, storeBotAbsence } from '../../db/absence';
import { getInstallation } from '../../db/installations';
import { readSetting } from '../../db/settings';
import { absenceSettingSchema, canSetAbsence, type AbsenceSetting } from '../../domain/absence';
import type { OutboxItem } from '../../domain/outbox-item';
import { getJsonResource, setJsonResource } from '../../blip/resources';
import { AppError } from '../../errors/app-error';
import { sameJson } from '../../domain/same-json';
import type { BlipTransport } from '../../blip/transport';
import type { OutboxHandler } from '../outbox/outbox-runner';
import type { BlipClients } from '../installations/clients';

/** The bot resource key the bot's Builder flow reads (see README, "Agent absence"). */
export const ABSENCE_RESOURCE_KEY = 'asistencia.absence';

/** Saves, delivers and refreshes the agent-absence setting of each number. */
export class AbsenceService {
  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  /** Local copy and outbox entry in one transaction: the write survives a closed panel or a killed worker. */
  async save(installationId: string, input: Omit<AbsenceSetting, 'changedAt' | 'changedBy'>, now = Date.now()): Promise<void> {
    const installation = await getInstallation(this.db, installationId);
    if (!installation) throw new AppError('not-found', 'Unknown number');
    if (!canSetAbsence(installation.role)) throw new AppError('not-allowed', 'Only the number\'s agents and managers set its absence');
    const previous = await getAbsence(this.db, installationId);
    const toggled = previous?.setting.enabled !== input.enabled;
    const setting: AbsenceSetting = {
      ...input,
      changedBy: toggled ? (await readSetting(this.db, 'agentEmail')) ?? undefined : previous?.setting.changedBy,
      changedAt: toggled ? new Date(now).toISOString() : previous?.setting.changedAt,
    };
    await saveAbsence(this.db, installationId, setting, now);
  }

  /**
   * The popup's switch, for whoever may set the absence (the same rule as saving), and only once a
   * message exists (customers must never get an empty absence reply).
   */
  async toggle(installationId: string, enabled: boolean, now = Date.now()): Promise<void> {
    const current = (await getAbsence(this.db, installationId))?.setting;
    if (!current?.message) throw new AppError('invalid-input', 'No absence message yet', { fields: ['message.required'] });
    await this.save(installationId, { enabled, message: current.message, suggestedContact: current.suggestedContact }, now);
  }

  /** Reads the bot's copy, kept unless a local write is on its way or was made while it was read. */
  async refresh(installationId: string, now = Date.now()): Promise<void> {
    const transport = await this.clients.forInstallation(installationId);
    let setting: AbsenceSetting | undefined;
    try {
      setting = await getJsonResource(transport, ABSENCE_RESOURCE_KEY, absenceSettingSchema);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'not-found')) throw error;
    }
    await storeBotAbsence(this.db, installationId, setting, now);
  }

  /**
   * Writes the setting to the bot resource (the outbox checked its payload: a damaged queued setting
   * is never written over the bot's; the repair job mends it from the local copy). After an attempt
   * that may have landed, the resource is read back first: when it already holds this setting,
   * nothing is sent again.
   */
  readonly deliver: OutboxHandler = async (item, { commandId, payload, inDoubt, beforeResend }) => {
    const transport = await this.clients.forInstallation(item.installationId);
    if (inDoubt) {
      if (sameJson(await this.botCopy(transport), payload)) return;
      beforeResend();
    }
    await setJsonResource(transport, ABSENCE_RESOURCE_KEY, payload, commandId);
  };

  private async botCopy(transport: BlipTransport): Promise<AbsenceSetting | undefined> {
    try {
      return await getJsonResource(transport, ABSENCE_RESOURCE_KEY, absenceSettingSchema);
    } catch (error) {
      if (error instanceof AppError && ['not-found', 'malformed-reply'].includes(error.code)) return undefined;
      throw error;
    }
  }

  /** Clears the pending mark once the last queued write of that number is accepted. */
  async delivered(item: OutboxItem): Promise<void> {
    await settleAbsence(this.db, item.installationId);
  }
}
