import type { BotState } from '../store';
import type { Random } from './random';

const DAY = 86_400_000;

/** The category every number already has, made by hand in the Blip portal (not the extension's: its id lacks `asistencia-`). */
export const PORTAL_REPLY_CATEGORY_ID = 'portal-saludos';

/** Seeds the portal's own ready-reply category (blip-api.md §12), so the extension must leave it alone. */
export function seedReplies(bot: BotState, _random: Random, now: number): void {
  const category = 'Saludos (portal)';
  bot.replies.set(PORTAL_REPLY_CATEGORY_ID, {
    id: PORTAL_REPLY_CATEGORY_ID,
    category,
    updatedAt: new Date(now - 30 * DAY).toISOString(),
    items: [
      { id: `${PORTAL_REPLY_CATEGORY_ID}-1`, category, name: 'Bienvenida', document: '¡Hola! Gracias por escribirnos. ¿En qué le podemos ayudar?', type: 'text/plain', isDynamicContent: false },
      { id: `${PORTAL_REPLY_CATEGORY_ID}-2`, category, name: 'Despedida', document: 'Gracias por contactarnos. ¡Que tenga un excelente día!', type: 'text/plain', isDynamicContent: false },
    ],
  });
}
