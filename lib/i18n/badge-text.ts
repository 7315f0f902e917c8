import { absence } from './messages/absence';
import { languageFromBrowser, type LanguageSetting } from '../domain/languages';

/**
 * The toolbar badge's word for "absent" in the language a setting stands for. The background shows
 * only this word, so it reads it from the absence messages and carries no catalogue.
 */
export function absentBadgeText(setting: LanguageSetting | undefined): string {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const language = !setting || setting === 'auto' ? languageFromBrowser(preferred) : setting;
  return absence[language]['absence.badge'];
}
