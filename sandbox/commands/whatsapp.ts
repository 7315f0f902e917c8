import { failure, ok } from '../lime-reply';
import { TEMPLATES } from '../data/templates';
import type { Route } from './router';

const GATEWAY = 'postmaster@wa.gw.msging.net';

/** Numbers ending in 0000 have no WhatsApp account in the sandbox. */
export const hasWhatsApp = (digits: string) => !digits.endsWith('0000');

/** WhatsApp gateway (blip-api.md §10): templates, business account, phone → identity. */
export const whatsappRoutes: Route[] = [
  {
    to: GATEWAY,
    method: 'get',
    path: /^\/message-templates$/,
    handle: ({ bot }) => ok({ data: TEMPLATES[bot.number.id] ?? [], paging: {} }, 'application/json'),
  },
  {
    to: GATEWAY,
    method: 'get',
    path: /^\/whatsapp-business-account$/,
    handle: ({ bot }) => ok({ id: `${bot.number.id}-waba`, name: bot.number.name, message_template_namespace: `${bot.number.id}_namespace`, timezone_id: '1' }, 'application/json'),
  },
  {
    to: GATEWAY,
    method: 'get',
    path: /^\/accounts\/(?<phone>[^/]+)$/,
    handle: ({ params }) => {
      const phone = params.phone!;
      if (!phone.startsWith('+')) return ok({ identity: `${phone}@wa.gw.msging.net`, alternativeAccount: `${phone}@wa.gw.msging.net` }, 'application/vnd.lime.account+json');
      const digits = phone.replace(/\D+/g, '');
      if (!hasWhatsApp(digits)) return failure(67, 'The requested account was not found');
      return ok({ fullName: '', identity: `${digits}@wa.gw.msging.net`, alternativeAccount: `${digits}@wa.gw.msging.net`, phoneNumber: phone, source: 'WhatsApp' }, 'application/vnd.lime.account+json');
    },
  },
];
