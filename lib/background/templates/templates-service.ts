import type { BlipClients } from '../installations/clients';
import type { Database } from '../../db/database';
import { getInstallation } from '../../db/installations';
import { AppError } from '../../errors/app-error';
import { listTemplates, lookupWhatsApp, templateNamespace } from '../../blip/whatsapp';
import { routeReplyToDesk } from '../../blip/active-message';
import { deliveryOf } from '../../blip/notifications';
import { isSendable, unsupportedReason, validateTemplateValues, type Template } from '../../domain/templates';
import { templateContent } from '../../domain/template-content';
import type { Delivery } from '../../domain/delivery';
import type { ActiveMessageResult } from '../../rpc/contracts/templates';

export interface SendTemplateInput {
  installationId: string;
  phone: string;
  identity?: string;
  templateName: string;
  language: string;
  values: Record<string, string>;
  /** Made once per send dialog: the message id, so a repeated click or retry is the same message. */
  requestId: string;
}

/**
 * Lists a number's approved templates and sends active messages as Blip documents them: phone →
 * WhatsApp identity, the template (with the key of the bot that owns the number), then the customer's
 * answer routed to Desk through the configured human-service block (see lib/blip/active-message.ts).
 */
export class TemplatesService {
  private readonly inFlight = new Map<string, Promise<ActiveMessageResult>>();
  /** Request ids whose message went out (routing may still be retried): never sent twice. */
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  async list(installationId: string): Promise<{ templates: Template[]; routesToDesk: boolean }> {
    const [templates, installation] = await Promise.all([listTemplates(await this.clients.forInstallation(installationId, { router: true })), getInstallation(this.db, installationId)]);
    return { templates: templates.filter(isSendable), routesToDesk: Boolean(installation?.routing) };
  }

  /**
   * One delivery per request id, however many times it is asked for: concurrent asks share it, a
   * retry after a failure tries again, and a message already sent is not sent again.
   */
  send(input: SendTemplateInput): Promise<ActiveMessageResult> {
    const running = this.inFlight.get(input.requestId);
    if (running) return running;
    const attempt = this.deliver(input).finally(() => this.inFlight.delete(input.requestId));
    this.inFlight.set(input.requestId, attempt);
    return attempt;
  }

  /** A sent message's delivery, from the notifications of the bot that sent it (the router's, then the Desk bot's). */
  async delivery(installationId: string, messageId: string): Promise<Delivery> {
    const channel = await this.clients.forInstallation(installationId, { router: true });
    const desk = await this.clients.forInstallation(installationId);
    const found = await deliveryOf(channel, messageId);
    const routerSetup = Boolean(await this.clients.deskServiceIdentity(installationId));
    return found.state === 'pending' && routerSetup ? deliveryOf(desk, messageId) : found;
  }

  private async deliver(input: SendTemplateInput): Promise<ActiveMessageResult> {
    // WhatsApp gateway calls need the key of the bot that owns the number: the router's, if any (§6.9).
    const channel = await this.clients.forInstallation(input.installationId, { router: true });
    const desk = await this.clients.forInstallation(input.installationId);
    const installation = await getInstallation(this.db, input.installationId);
    const template = (await listTemplates(channel)).find((candidate) => candidate.name === input.templateName && candidate.language === input.language);
    if (!template || !isSendable(template)) throw new AppError('lime-failure', 'Template not approved', { reason: 23, reasonText: input.templateName });
    const unsupported = unsupportedReason(template);
    if (unsupported) throw new AppError('invalid-input', 'Template parts we cannot build', { fields: [`template.${unsupported}`] });
    const problems = validateTemplateValues(template, input.values);
    if (Object.keys(problems).length) throw new AppError('invalid-input', 'Template variables', { fields: Object.entries(problems).map(([key, problem]) => `${key}.${problem}`) });
    let identity = this.sent.get(input.requestId);
    if (!identity) {
      identity = input.identity ?? (await lookupWhatsApp(channel, input.phone));
      await channel.message({ id: input.requestId, to: identity, type: 'application/json', content: templateContent(template, input.values, await templateNamespace(channel)) });
      this.sent.set(input.requestId, identity);
    }
    const route = await routeReplyToDesk(
      { channel, desk, deskService: await this.clients.deskServiceIdentity(input.installationId), tunnels: this.clients.tunnels(input.installationId) },
      installation?.routing,
      identity,
      `Mensaje activo: ${template.name}`,
      input.requestId,
    );
    return { identity, messageId: input.requestId, ...route };
  }
}
