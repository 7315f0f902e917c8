import { z } from 'zod';
import type { BlipClients } from '../installations/clients';
import { AppError } from '../../errors/app-error';
import { ADDRESS } from '../../blip/lime';
import { openTicketsOf } from '../../blip/tickets';
import { listTemplates, lookupWhatsApp, templateNamespace } from '../../blip/whatsapp';
import { isSendable, validateTemplateValues, type Template } from '../../domain/templates';
import { templateContent } from '../../domain/template-content';

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
 * Lists a number's approved templates and sends active messages: phone → WhatsApp identity, the
 * template message, then routes the conversation to Desk by opening a ticket for the customer
 * (blip-api.md §10.4) unless one is already open.
 */
export class TemplatesService {
  private readonly inFlight = new Map<string, Promise<{ identity: string }>>();
  /** Request ids whose message went out (routing may still be retried): never sent twice. */
  private readonly sent = new Map<string, string>();

  constructor(private readonly clients: BlipClients) {}

  async list(installationId: string): Promise<Template[]> {
    return (await listTemplates(await this.clients.forInstallation(installationId, { router: true }))).filter(isSendable);
  }

  /**
   * One delivery per request id, however many times it is asked for: concurrent asks share it, a
   * retry after a failure tries again, and a message already sent is not sent again.
   */
  send(input: SendTemplateInput): Promise<{ identity: string }> {
    const running = this.inFlight.get(input.requestId);
    if (running) return running;
    const attempt = this.deliver(input).finally(() => this.inFlight.delete(input.requestId));
    this.inFlight.set(input.requestId, attempt);
    return attempt;
  }

  private async deliver(input: SendTemplateInput): Promise<{ identity: string }> {
    // WhatsApp gateway calls need the key of the bot that owns the number: the router's, if any (§6.9).
    const gateway = await this.clients.forInstallation(input.installationId, { router: true });
    const template = (await listTemplates(gateway)).find((candidate) => candidate.name === input.templateName && candidate.language === input.language);
    if (!template || !isSendable(template)) throw new AppError('lime-failure', 'Template not approved', { reason: 23, reasonText: input.templateName });
    const problems = validateTemplateValues(template, input.values);
    if (Object.keys(problems).length) throw new AppError('invalid-input', 'Template variables', { fields: Object.entries(problems).map(([key, problem]) => `${key}.${problem}`) });
    let identity = this.sent.get(input.requestId);
    if (!identity) {
      identity = input.identity ?? (await lookupWhatsApp(gateway, input.phone));
      await gateway.message({ id: input.requestId, to: identity, type: 'application/json', content: templateContent(template, input.values, await templateNamespace(gateway)) });
      this.sent.set(input.requestId, identity);
    }
    await this.routeToDesk(input.installationId, identity, template.name);
    return { identity };
  }

  private async routeToDesk(installationId: string, identity: string, templateName: string): Promise<void> {
    const desk = await this.clients.forInstallation(installationId);
    if ((await openTicketsOf(desk, identity)).length) return;
    await desk.command({ to: ADDRESS.desk, method: 'set', uri: `/tickets/${encodeURIComponent(identity)}`, type: 'text/plain', resource: `Mensaje activo: ${templateName}` }, z.unknown());
  }
}
