import { z } from 'zod';
import type { Template } from '../../domain/templates';
import { isValidInternationalPhone } from '../../domain/phone';
import { method } from '../define';

export const templatesContract = {
  /** The number's approved WhatsApp templates. */
  'templates.list': method<Template[]>()(z.object({ installationId: z.string() })),
  /** Sends an active message; the same `requestId` never sends twice. */
  'templates.send': method<{ identity: string }>()(
    z.object({
      installationId: z.string(),
      phone: z.string().refine(isValidInternationalPhone, 'phone-format'),
      identity: z.string().optional(),
      templateName: z.string().min(1),
      language: z.string().min(1),
      values: z.record(z.string(), z.string().max(1024)),
      requestId: z.uuid(),
    }),
  ),
};
