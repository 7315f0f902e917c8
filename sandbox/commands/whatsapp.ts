import { collection, failure, notSupported, ok } from '../lime-reply';
import { hasWhatsApp } from '../data/whatsapp-accounts';
import type { BotState } from '../store';
import type { Route } from './router';

const GATEWAY = 'postmaster@wa.gw.msging.net';


/** Only the bot that owns the number reaches its WhatsApp Business Account (a router's service does not). */
const noAccount = (bot: BotState) => (bot.number.role === 'service' ? failure(1, 'Could not determine the WhatsApp WhatsAppBusinessAccountId for the specified sender.') : undefined);

/**
 * WhatsApp gateway: phone → identity (docs: "Verify the customer identifier"), the number's templates
 * (docs show the request only; the shape switches per tenant) and the business account (unofficial).
 */
export const whatsappRoutes: Route[] = [
  {
    to: GATEWAY,
    method: 'get',
    path: /^\/message-templates$/,
    handle: ({ bot }) => {
      const refused = noAccount(bot);
      if (refused) return refused;
      const templates = bot.templates.map(({ whatsAppStatus: _enforced, ...listed }) => listed);
      if (bot.capabilities.templatesShape === 'collection') return collection(templates, 'application/json', templates.length);
      return ok({ data: templates, paging: { cursors: { before: 'MAZDZD', after: 'MjQZD' } } }, 'application/json');
    },
  },
  {
    to: GATEWAY,
    method: 'get',
    path: /^\/whatsapp-business-account$/,
    handle: ({ bot }) => {
      if (!bot.capabilities.businessAccount) return notSupported();
      return noAccount(bot) ?? ok({ id: `${bot.number.id}-waba`, currency: 'USD', name: bot.number.name, message_template_namespace: `${bot.number.id}_namespace`, timezone_id: '1' }, 'application/json');
    },
  },
  {
    to: GATEWAY,
    method: 'get',
    path: /^\/accounts\/(?<phone>[^/]+)$/,
    handle: ({ params }) => {
      const phone = params.phone!;
      // Without the '+', every number "exists" (docs: "Attention").
      if (!phone.startsWith('+')) return ok({ identity: `${phone}@wa.gw.msging.net`, alternativeAccount: `${phone}@wa.gw.msging.net`, phoneNumber: phone, source: 'WhatsApp' }, 'application/vnd.lime.account+json');
      const digits = phone.replace(/\D+/g, '');
      if (!hasWhatsApp(digits)) return failure(67, 'The requested account was not found');
      return ok({ fullName: '', alternativeAccount: `${digits}@wa.gw.msging.net`, identity: `${digits}@wa.gw.msging.net`, phoneNumber: phone, source: 'WhatsApp' }, 'application/vnd.lime.account+json');
    },
  },
];
