import { signal } from '@preact/signals';
import { messages, type MessageKey } from './messages';
import { languageFromBrowser, localeTag, type Language, type LanguageSetting } from '../domain/languages';

/** The UI language of this context. Pages follow the `language` setting live (see `followLanguage` in `lib/ui/models/app-model.ts`). */
export const language = signal<Language>(languageFromBrowser(browserLanguages()));

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
}

/** Applies a stored setting: `auto` follows the browser. */
export function applyLanguageSetting(setting: LanguageSetting | undefined): void {
  language.value = !setting || setting === 'auto' ? languageFromBrowser(browserLanguages()) : setting;
  if (typeof document !== 'undefined') document.documentElement.lang = localeTag(language.value);
}

export type MessageParams = Record<string, string | number | undefined>;

/** Translates a key, filling `{name}` placeholders. Reading `language` makes components re-render on change. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = messages[language.value][key] ?? messages.es[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Formats a date-time in the UI language. */
export function formatDateTime(value: number | string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(localeTag(language.value), options).format(new Date(value));
}
