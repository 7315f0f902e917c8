import { languageFromBrowser, type Language, type LanguageSetting } from '../domain/languages';
import { CATALOGS } from '../i18n/catalog/load';

const KEY = 'asistencia.language';

/**
 * The language setting as the last page saw it, kept in the extension's local storage so a page can
 * paint in the right language before the database is read (the database stays the truth).
 */
export function rememberedLanguage(): LanguageSetting | undefined {
  try {
    return (localStorage.getItem(KEY) as LanguageSetting | null) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(setting: LanguageSetting | undefined): void {
  try {
    if (setting) localStorage.setItem(KEY, setting);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: the next page paints in the browser's language first.
  }
}

/** The language the remembered setting stands for (`auto`, or none, follows the browser). */
export function languageOfSetting(setting = rememberedLanguage()): Language {
  return !setting || setting === 'auto' ? languageFromBrowser(navigator.languages ?? [navigator.language]) : setting;
}

/** Starts loading the remembered language's messages (the page's i18n then finds them loaded). */
export function preloadRememberedLanguage(): void {
  void CATALOGS[languageOfSetting()]().catch(() => undefined);
}
