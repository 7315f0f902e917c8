import type { Language } from '../../domain/languages';
import type { Messages } from '../messages';

/** Loads one language's messages (its own chunk). */
export const CATALOGS: Record<Language, () => Promise<{ default: Messages }>> = {
  es: () => import('./es'),
  pt_BR: () => import('./pt_BR'),
  en: () => import('./en'),
};
