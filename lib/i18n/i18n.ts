import { signal } from '@preact/signals';
import type { MessageKey, Messages } from './messages';
import { languageFromBrowser, localeTag, type Language, type LanguageSetting } from '../domain/languages';
import { CATALOGS } from './catalog/load';

/** The UI language of this context. Pages follow the `language` setting live (see `followLanguage` in `lib/ui/models/app-model.ts`). */
export const language = signal<Language>(languageFromBrowser(browserLanguages()));

/** Each language's messages, loaded on first use: a page carries only the languages it shows. */
const loaded: Partial<Record<Language, Messages>> = {};
/** Bumped when a language's messages are replaced, so what shows them renders again. */
const revision = signal(0);

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
}

/** The language a setting stands for: `auto` (or none) follows the browser. */
export function languageOf(setting: LanguageSetting | undefined): Language {
  return !setting || setting === 'auto' ? languageFromBrowser(browserLanguages()) : setting;
}

/** Loads a language's messages (once); `t()` can then speak it. */
export async function loadLanguage(target: Language): Promise<void> {
  loaded[target] ??= (await CATALOGS[target]()).default;
}

/** Uses these messages for a language (a copy kept by the page, or a newer one): `t()` speaks them at once. */
export function provideMessages(target: Language, messages: Messages): void {
  loaded[target] = messages;
  revision.value++;
}

/** Applies a stored setting (`auto` follows the browser) once its messages are loaded. */
export async function applyLanguageSetting(setting: LanguageSetting | undefined): Promise<void> {
  const target = languageOf(setting);
  if (!loaded[target]) await loadLanguage(target);
  language.value = target;
  if (typeof document !== 'undefined') document.documentElement.lang = localeTag(target);
}

export type MessageParams = Record<string, string | number | undefined>;

/** Translates a key, filling `{name}` placeholders. Reading `language` makes components re-render on change. */
export function t(key: MessageKey, params?: MessageParams): string {
  void revision.value;
  const template = loaded[language.value]?.[key] ?? loaded.es?.[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * One formatter per language and options, made once: building an Intl formatter costs tens of times
 * what using one does, and lists format a number or a date on every row.
 */
function formatter<F>(cache: Map<string, F>, options: object, make: (locale: string) => F): F {
  const key = `${language.value}|${JSON.stringify(options)}`;
  let made = cache.get(key);
  if (!made) cache.set(key, (made = make(localeTag(language.value))));
  return made;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Formats a date-time in the UI language; a date that is not one shows as "—" (never a RangeError
 * while drawing).
 */
export function formatDateTime(value: number | string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' }): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  return formatter(dateFormats, options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** Formats a number in the UI language (`5,3` in Spanish, `5.3` in English). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return formatter(numberFormats, options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** Keys that come in plural forms: `base.one`, `base.other` (and `base.many`… where a language has them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/**
 * The message for `count` in the form the UI language's plural rules choose (Intl.PluralRules),
 * with `{count}` formatted for the locale: "1 contacto", "2.500 contactos".
 */
export function plural(key: PluralKey, count: number, params?: MessageParams): string {
  const category = formatter(pluralRules, {}, (locale) => new Intl.PluralRules(locale)).select(count);
  const table = (loaded[language.value] ?? {}) as Record<string, string | undefined>;
  const chosen = (table[`${key}.${category}`] !== undefined ? `${key}.${category}` : `${key}.other`) as MessageKey;
  return t(chosen, { ...params, count: formatNumber(count) });
}
