import { languageFromBrowser, type Language, type LanguageSetting } from '../domain/languages';
import { CATALOGS } from '../i18n/catalog/load';
import { provideMessages } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';

const KEY = 'asistencia.language';
const MESSAGES_KEY = 'asistencia.messages.';

// What a page needs to paint in the user's language before anything is loaded: the language setting
// as the last page saw it, and that language's messages, kept in the extension's local storage
// (the database and the message chunks stay the truth: both are read again after the first paint).

/** The language setting as the last page saw it. */
export function rememberedLanguage(): LanguageSetting | undefined {
  return read(KEY) as LanguageSetting | undefined;
}

export function rememberLanguage(setting: LanguageSetting | undefined): void {
  write(KEY, setting);
}

/** The language the remembered setting stands for (`auto`, or none, follows the browser). */
export function languageOfSetting(setting = rememberedLanguage()): Language {
  return !setting || setting === 'auto' ? languageFromBrowser(navigator.languages ?? [navigator.language]) : setting;
}

/**
 * Gets the remembered language ready before the page's own code runs: its kept messages at once,
 * or (the first time) the download of its chunk.
 */
export function preloadRememberedLanguage(): void {
  const language = languageOfSetting();
  const kept = read(MESSAGES_KEY + language);
  if (kept) {
    try {
      provideMessages(language, JSON.parse(kept) as Messages);
      return;
    } catch {
      // A damaged copy: the chunk is loaded instead.
    }
  }
  void CATALOGS[language]().catch(() => undefined);
}

/** Keeps a language's messages as its chunk has them now (and uses them, if they changed since the copy was kept). */
export async function rememberMessages(language: Language): Promise<void> {
  const messages = (await CATALOGS[language]()).default;
  const text = JSON.stringify(messages);
  if (read(MESSAGES_KEY + language) === text) return;
  provideMessages(language, messages);
  write(MESSAGES_KEY + language, text);
}

function read(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage unavailable or full: the next page loads the chunk first.
  }
}
