import { z } from 'zod';
import type { Database } from '../../db/database';
import { getBusinessHours, listAfterHoursSent, markAfterHoursSent, putBusinessHours } from '../../db/after-hours';
import type { BlipClients } from '../installations/clients';
import { AppError } from '../../errors/app-error';
import type { OutboxHandler } from '../outbox/outbox-runner';
import { readDeskBusinessHours } from '../../blip/attendance-hours';
import { getContact, listContacts } from '../../blip/contacts';
import { lastTemplateSent, receivedSince } from '../../blip/threads';
import { deliveryFromEvents } from '../../domain/delivery';
import { getJsonResource } from '../../blip/resources';
import { ADDRESS } from '../../blip/lime';
import { AFTER_HOURS_DAYS, EXTRAS, afterHoursRows } from '../../domain/after-hours';
import type { AfterHoursList } from '../../rpc/contracts/after-hours';
import type { BusinessHours } from '../../domain/business-hours';
import type { AfterHoursSentPayload } from '../../domain/outbox-item';

/** Bot resource with the after-hours options the bot's flow uses (see docs/after-hours.md). */
export const AFTER_HOURS_OPTIONS_KEY = 'asistencia.afterHoursOptions';
const CANDIDATE_LIMIT = 1000;
const optionsSchema = z.object({ notifyNextBusinessHours: z.boolean().default(false) });

/** Lists the number's after-hours contacts and records the active messages sent to them. */
export class AfterHoursService {
  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  /** Desk's attendance hours when Desk has valid ones; else the hours set in the extension. */
  async hours(installationId: string): Promise<BusinessHours> {
    const transport = await this.clients.forInstallation(installationId);
    try {
      return await readDeskBusinessHours(transport);
    } catch (error) {
      const usable = error instanceof AppError && ['not-found', 'malformed-reply', 'lime-failure'].includes(error.code);
      if (!usable) throw error;
      const local = await getBusinessHours(this.db, installationId);
      if (!local) throw new AppError('not-configured', 'No business hours for this number', { fields: ['businessHours'] });
      return local;
    }
  }

  async list(installationId: string, now = Date.now()): Promise<AfterHoursList> {
    // Contacts, threads and the bot's options live on the bot that owns the number (a router's, if any).
    const transport = await this.clients.forInstallation(installationId, { router: true });
    const since = now - AFTER_HOURS_DAYS * 86_400_000;
    const [hours, notifyOption, contacts, sent] = await Promise.all([
      this.hours(installationId),
      getJsonResource(transport, AFTER_HOURS_OPTIONS_KEY, optionsSchema).then(
        (options) => options.notifyNextBusinessHours,
        (error: unknown) => (error instanceof AppError && error.code === 'not-found' ? false : Promise.reject(error)),
      ),
      listContacts(transport, { skip: 0, take: CANDIDATE_LIMIT, filter: `lastmessagedate ge datetimeoffset'${new Date(since).toISOString()}'` }),
      listAfterHoursSent(this.db, installationId),
    ]);
    const candidates = await Promise.all(
      contacts.items.map(async (contact) => ({
        identity: contact.identity,
        name: contact.name ?? undefined,
        phone: contact.phoneNumber ?? undefined,
        extras: contact.extras ?? undefined,
        receivedAt: await receivedSince(transport, contact.identity, since, now),
      })),
    );
    const localSent = Object.fromEntries(sent.map((entry) => [entry.identity, entry.sentAt]));
    const rows = afterHoursRows(candidates, hours, { notifyOption, localSent }, now);
    // A sent row shows what WhatsApp made of the message: the template's status in the thread.
    const withDelivery = await Promise.all(
      rows.map(async (row) => {
        if (!row.sentAt) return row;
        const message = await lastTemplateSent(transport, row.identity, row.contactedAt, now).catch(() => undefined);
        return message?.status ? { ...row, delivery: deliveryFromEvents([{ event: message.status, reason: message.reason }]) } : row;
      }),
    );
    return { rows: withDelivery, hours, notifyOption };
  }

  /** Marks the row sent at once (locally) and shares it on the contact's extras through the outbox. */
  async markSent(installationId: string, identity: string, now = Date.now()): Promise<void> {
    await markAfterHoursSent(this.db, installationId, identity, now);
  }

  async saveHours(installationId: string, hours: BusinessHours): Promise<void> {
    await putBusinessHours(this.db, installationId, { ...hours, source: 'extension' });
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
