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

/** Formats a date-time in the UI language; a date that is not one shows as "—" (never a RangeError while drawing). */
export function formatDateTime(value: number | string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' }): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(localeTag(language.value), options).format(date);
}

/** Formats a number in the UI language (`5,3` in Spanish, `5.3` in English). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(localeTag(language.value), options).format(value);
}

/** Keys that come in plural forms: `base.one`, `base.other` (and `base.many`… where a language has them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/**
 * The message for `count` in the form the UI language's plural rules choose (Intl.PluralRules),
 * with `{count}` formatted for the locale: "1 contacto", "2.500 contactos".
 */
export function plural(key: PluralKey, count: number, params?: MessageParams): string {
  const category = new Intl.PluralRules(localeTag(language.value)).select(count);
  const table = messages[language.value] as Record<string, string | undefined>;
  const chosen = (table[`${key}.${category}`] !== undefined ? `${key}.${category}` : `${key}.other`) as MessageKey;
  return t(chosen, { ...params, count: formatNumber(count) });
}
