import { z } from 'zod';
import type { Database } from '../../db/database';
import { getAfterHoursContacts, getAfterHoursState, getBusinessHours, listAfterHoursContacts, listAfterHoursSent, markAfterHoursSent, putBusinessHours, saveAfterHoursReading } from '../../db/after-hours';
import type { BlipClients } from '../installations/clients';
import type { OutboxHandler } from '../outbox/outbox-runner';
import { getContact } from '../../blip/contacts';
import { ADDRESS } from '../../blip/lime';
import { AFTER_HOURS_DAYS, EXTRAS, afterHoursRows, type AfterHoursContactRecord, type AfterHoursRow } from '../../domain/after-hours';
import { deliveryFromEvents } from '../../domain/delivery';
import type { AfterHoursList } from '../../rpc/contracts/after-hours';
import type { BusinessHours } from '../../domain/business-hours';
import type { AfterHoursSentPayload } from '../../domain/outbox-item';
import { deskHoursReading, effectiveHours, notifyOptionReading } from './after-hours-sources';
import { firstReading, laterReading } from './after-hours-reading';

export { AFTER_HOURS_OPTIONS_KEY } from './after-hours-sources';

const DAY = 86_400_000;

/**
 * The after-hours list of each number, kept per contact: the first opening reads every recent
 * contact's thread; later ones show what is kept at once and read only the threads that changed
 * since (plus Desk's hours and the bot's option every few minutes). Also records the active
 * messages sent from the list.
 */
export class AfterHoursService {
  private readonly reading = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  /** The list as kept (read from Blip first if it never was). */
  /** The number's business hours now: Desk's when Desk has valid ones, else those set in the extension. */
  async hours(installationId: string, now = Date.now()): Promise<BusinessHours> {
    const [desk, local] = await Promise.all([this.clients.forInstallation(installationId).then((transport) => deskHoursReading(transport, undefined, now)), getBusinessHours(this.db, installationId)]);
    return effectiveHours(desk.value, local);
  }

  async list(installationId: string, now = Date.now()): Promise<AfterHoursList> {
    if (!(await getAfterHoursState(this.db, installationId))?.threadsSeenAt) await this.read(installationId, now);
    return this.rows(installationId, now);
  }

  /** Reads what changed in Blip since the last reading, then the list. */
  async refresh(installationId: string, now = Date.now()): Promise<AfterHoursList> {
    await this.read(installationId, now);
    return this.rows(installationId, now);
  }

  /** Marks the row sent at once (locally) and shares it on the contact's extras through the outbox. */
  async markSent(installationId: string, identity: string, now = Date.now()): Promise<void> {
    await markAfterHoursSent(this.db, installationId, identity, now);
  }

  async saveHours(installationId: string, hours: BusinessHours): Promise<void> {
    await putBusinessHours(this.db, installationId, { ...hours, source: 'extension' });
  }

  /** One reading per number at a time; a caller during one waits for it. */
  private read(installationId: string, now: number): Promise<void> {
    const running = this.reading.get(installationId);
    if (running) return running;
    const reading = this.readNow(installationId, now).finally(() => this.reading.delete(installationId));
    this.reading.set(installationId, reading);
    return reading;
  }

  private async readNow(installationId: string, now: number): Promise<void> {
    // Desk's hours are the number's own; contacts, threads and the bot's options live on the bot
    // that owns the number (a router's, if any).
    const [desk, owner] = await Promise.all([this.clients.forInstallation(installationId), this.clients.forInstallation(installationId, { router: true })]);
    const state = await getAfterHoursState(this.db, installationId);
    const kept = () => listAfterHoursContacts(this.db, installationId);
    const [deskHours, notifyOption, found] = await Promise.all([
      deskHoursReading(desk, state, now),
      notifyOptionReading(owner, state, now),
      state?.threadsSeenAt
        ? laterReading(owner, { ...state, threadsSeenAt: state.threadsSeenAt }, { known: (identities) => getAfterHoursContacts(this.db, installationId, identities), kept }, now)
        : firstReading(owner, installationId, now),
    ]);
    // Contacts whose messages all left the 7-day window drop off.
    const since = now - AFTER_HOURS_DAYS * DAY;
    const stale = (await listAfterHoursContacts(this.db, installationId)).filter((record) => !record.receivedAt.some((at) => at >= since)).map((record) => record.identity);
    await saveAfterHoursReading(this.db, { state: { installationId, threadsSeenAt: now, threadsRead: found.threadsRead, deskHours, notifyOption }, keep: found.keep, drop: [...found.drop, ...stale] });
  }

  private async rows(installationId: string, now: number): Promise<AfterHoursList> {
    const [state, contacts, sent, local] = await Promise.all([
      getAfterHoursState(this.db, installationId),
      listAfterHoursContacts(this.db, installationId),
      listAfterHoursSent(this.db, installationId),
      getBusinessHours(this.db, installationId),
    ]);
    const hours = effectiveHours(state?.deskHours?.value, local);
    const notifyOption = state?.notifyOption?.value ?? false;
    const localSent = Object.fromEntries(sent.map((entry) => [entry.identity, entry.sentAt]));
    const byIdentity = new Map(contacts.map((contact) => [contact.identity, contact]));
    const rows = afterHoursRows(contacts, hours, { notifyOption, localSent }, now).map((row) => withDelivery(row, byIdentity.get(row.identity)));
    return { rows, hours, notifyOption, readAt: state?.threadsSeenAt };
  }

  /**
   * Merges the sent mark into the contact's extras, keeping the extras others wrote. The contact is
   * read first anyway, so a mark that is already there (an earlier attempt landed) is not written again.
   */
  readonly deliver: OutboxHandler = async (item, { commandId, payload, inDoubt, beforeResend }) => {
    const { identity, sentAt } = payload as AfterHoursSentPayload;
    const transport = await this.clients.forInstallation(item.installationId, { router: true });
    const contact = await getContact(transport, identity);
    if (contact.extras?.[EXTRAS.activeMessageSentAt] === sentAt) return;
    if (inDoubt) beforeResend();
    await transport.command(
      {
        id: commandId,
        to: ADDRESS.crm,
        method: 'merge',
        uri: '/contacts',
        type: 'application/vnd.lime.contact+json',
        resource: { identity, extras: { ...(contact.extras ?? {}), [EXTRAS.activeMessageSentAt]: sentAt } },
      },
      z.unknown(),
    );
  };
}

/** A sent row shows what WhatsApp made of the active message: its status in the thread, as last read. */
function withDelivery(row: AfterHoursRow, contact: AfterHoursContactRecord | undefined): AfterHoursRow {
  const active = contact?.activeDelivery;
  if (!row.sentAt || !active || active.at < row.contactedAt || !active.status) return row;
  return { ...row, delivery: deliveryFromEvents([{ event: active.status, reason: active.reason }]) };
}
