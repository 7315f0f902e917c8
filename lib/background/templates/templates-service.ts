import type { BlipClients } from '../installations/clients';
import type { Database } from '../../db/database';
import { getInstallation } from '../../db/installations';
import { correctParkedWrite, enqueue, retryOutbox } from '../../db/outbox';
import { getDeliveredWrite } from '../../db/outbox-delivery';
import type { AttemptOutcome, OutboxHandler } from '../outbox/outbox-runner';
import { AppError } from '../../errors/app-error';
import { listTemplates, lookupWhatsApp } from '../../blip/whatsapp';
import { routeReplyToDesk } from '../../blip/active-message';
import { deliveryOf } from '../../blip/notifications';
import { threadHasMessage } from '../../blip/threads';
import { isSendable, type Template } from '../../domain/templates';
import { activeMessageContent } from './template-message';
import type { Delivery } from '../../domain/delivery';
import { TEMPLATE_MESSAGE, type TemplateMessagePayload } from '../../domain/outbox-item';
import { READ_BACK_SKEW_MS } from '../../domain/outbox-order';
import type { ActiveMessageResult } from '../../rpc/contracts/templates';

export interface SendTemplateInput extends TemplateMessagePayload {
  installationId: string;
  /** Made once per send dialog: the message id, so a repeated click or retry is the same message. */
  requestId: string;
}

/**
 * Lists a number's approved templates and sends active messages as Blip documents them, through the
 * outbox under the dialog's request id: phone → WhatsApp identity, the template (with the key of the
 * bot that owns the number), then the customer's answer routed to Desk through the configured
 * human-service block (see lib/blip/active-message.ts). Each step done is recorded on the queued
 * write, so no attempt — after a failure, a stopped worker or a closed panel — sends the template twice.
 */
export class TemplatesService {
  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
    private readonly attempt: (id: string) => Promise<AttemptOutcome>,
  ) {}

  async list(installationId: string): Promise<{ templates: Template[]; routesToDesk: boolean }> {
    const [templates, installation] = await Promise.all([listTemplates(await this.clients.forInstallation(installationId, { router: true })), getInstallation(this.db, installationId)]);
    return { templates: templates.filter(isSendable), routesToDesk: Boolean(installation?.routing) };
  }

  /**
   * Queues the message (once per request id; a message already delivered is answered, not queued
   * again), tries it now and answers how that went. A transient failure stays queued and is retried
   * by the outbox; a refusal corrected by the user (other values) replaces the refused write.
   */
  async send({ requestId, installationId, ...message }: SendTemplateInput, now = Date.now()): Promise<ActiveMessageResult> {
    const delivered = await getDeliveredWrite(this.db, requestId);
    if (delivered) return delivered.result as ActiveMessageResult;
    await enqueue(this.db, { installationId, kind: TEMPLATE_MESSAGE, payload: message }, now, requestId);
    await correctParkedWrite(this.db, requestId, message, now);
    // The agent asked now: a write waiting out its backoff goes now.
    await retryOutbox(this.db, [requestId], now);
    const outcome = await this.attempt(requestId);
    if (outcome.state === 'delivered') return outcome.result as ActiveMessageResult;
    if (outcome.state === 'failed') throw outcome.error;
    const late = await getDeliveredWrite(this.db, requestId);
    if (late) return late.result as ActiveMessageResult;
    throw new AppError('queued', 'Queued behind an earlier write to this contact');
  }

  /** A sent message's delivery, from the notifications of the bot that sent it (the router's, then the Desk bot's). */
  async delivery(installationId: string, messageId: string): Promise<Delivery> {
    const channel = await this.clients.forInstallation(installationId, { router: true });
    const desk = await this.clients.forInstallation(installationId);
    const found = await deliveryOf(channel, messageId);
    const routerSetup = Boolean(await this.clients.deskServiceIdentity(installationId));
    return found.state === 'pending' && routerSetup ? deliveryOf(desk, messageId) : found;
  }

  /** The outbox's delivery of one active message: the template once, then the routing (its writes carry ids made from the message id). */
  readonly deliver: OutboxHandler = async (item, { commandId, payload, inDoubt, beforeResend, progress }): Promise<ActiveMessageResult> => {
    const message = payload as TemplateMessagePayload;
    // WhatsApp gateway calls need the key of the bot that owns the number: the router's, if any (§6.9).
    const channel = await this.clients.forInstallation(item.installationId, { router: true });
    const desk = await this.clients.forInstallation(item.installationId);
    let identity = (item.progress?.identity as string | undefined) ?? message.identity;
    if (!item.progress?.sent) {
      const { content } = await activeMessageContent(channel, message);
      identity ??= await lookupWhatsApp(channel, message.phone);
      await progress({ identity });
      // An earlier attempt may have gone out: the customer's thread says whether it did.
      const landed = inDoubt && (await threadHasMessage(channel, identity, commandId, item.createdAt - READ_BACK_SKEW_MS));
      if (inDoubt && !landed) beforeResend();
      if (!landed) await channel.message({ id: commandId, to: identity, type: 'application/json', content });
      await progress({ sent: true });
    }
    // Routing that may have been cut short is done again only once Blip can no longer apply the first try.
    if (inDoubt && item.progress?.routing) beforeResend();
    await progress({ routing: true });
    const installation = await getInstallation(this.db, item.installationId);
    const route = await routeReplyToDesk(
      { channel, desk, deskService: await this.clients.deskServiceIdentity(item.installationId), tunnels: this.clients.tunnels(item.installationId) },
      installation?.routing,
      identity!,
      `Mensaje activo: ${message.templateName}`,
      commandId,
    );
    return { identity: identity!, messageId: commandId, ...route };
  };
}
