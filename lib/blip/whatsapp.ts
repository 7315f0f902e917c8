import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';
import { templateSchema, type Template } from '../domain/templates';
import { toE164 } from '../domain/phone';
import { AppError } from '../errors/app-error';

/**
 * The docs show only the request of `/message-templates`. Third parties read Meta's `{ data, paging }`;
 * a LIME collection is accepted too. Any other shape is an error, never "no templates".
 */
const templatesReply = lazySchema(() => z.union([z.object({ data: z.array(templateSchema) }).transform((reply) => reply.data), z.object({ items: z.array(templateSchema) }).transform((reply) => reply.items)]));
const businessAccount = lazySchema(() => z.object({ message_template_namespace: z.string().nullish() }).passthrough());
export const whatsAppAccountSchema = lazySchema(() => z.object({ identity: z.string().nullish(), alternativeAccount: z.string().nullish(), fullName: z.string().nullish() }).passthrough());

/** The number's WhatsApp templates (blip-api.md §10.1). */
export function listTemplates(transport: BlipTransport): Promise<Template[]> {
  return transport.command({ to: ADDRESS.whatsapp, method: 'get', uri: '/message-templates?$take=200' }, templatesReply);
}

/** The template namespace, when the gateway tells it; sending works without it on current accounts. */
export async function templateNamespace(transport: BlipTransport): Promise<string | undefined> {
  try {
    return (await transport.command({ to: ADDRESS.whatsapp, method: 'get', uri: '/whatsapp-business-account' }, businessAccount)).message_template_namespace ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Phone → the WhatsApp identity to write to (blip-api.md §10.3). The `+` is mandatory: without it
 * every number "exists". Fails with `not-found` when the number has no WhatsApp account.
 */
export async function lookupWhatsApp(transport: BlipTransport, phone: string): Promise<string> {
  const account = await transport.command({ to: ADDRESS.whatsapp, method: 'get', uri: `lime://wa.gw.msging.net/accounts/${toE164(phone)}` }, whatsAppAccountSchema);
  const identity = account.alternativeAccount ?? account.identity;
  if (!identity) throw new AppError('not-found', 'No WhatsApp account for this number');
  return identity;
}
