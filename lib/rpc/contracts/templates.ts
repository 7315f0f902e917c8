import { z } from 'zod';
import type { Template } from '../../domain/templates';
import type { Delivery } from '../../domain/delivery';
import { isValidInternationalPhone } from '../../domain/phone';
import { method } from '../define';

/** What happened to an active message: sent (delivery comes later), and where the customer's answer goes. */
export interface ActiveMessageResult {
  identity: string;
  /** The message's id, to read its delivery. */
  messageId: string;
  /** `desk` when the customer's context was moved to the human-service block; `bot` when no block is configured. */
  routedTo: 'desk' | 'bot';
  /** The ticket waiting in the queue, when one was opened (or already open). */
  ticket?: { id: string; sequentialId: number; status: string };
}

export const templatesContract = {
  /** The number's approved WhatsApp templates, and whether an answer will reach Desk (a human-service block is configured). */
  'templates.list': method<{ templates: Template[]; routesToDesk: boolean }>()(() => z.object({ installationId: z.string() })),
  /** Sends an active message; the same `requestId` never sends twice. */
  'templates.send': method<ActiveMessageResult>()(
    () => z.object({
      installationId: z.string(),
      phone: z.string().refine(isValidInternationalPhone, 'phone-format'),
      identity: z.string().optional(),
      templateName: z.string().min(1),
      language: z.string().min(1),
      values: z.record(z.string(), z.string().max(1024)),
      requestId: z.uuid(),
    }),
  ),
  /** Where a message the extension sent stands (WhatsApp's verdict arrives after Blip accepted it). */
  'messages.delivery': method<Delivery>()(() => z.object({ installationId: z.string(), messageId: z.string().min(1).max(200) })),
};
