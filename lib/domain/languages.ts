/** UI languages; Spanish is the default (the product text is Spanish). */
export const LANGUAGES = ['es', 'pt_BR', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = Language | 'auto';

/** Picks the UI language from the browser's preferred languages. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('pt')) return 'pt_BR';
    if (lower.startsWith('es')) return 'es';
    if (lower.startsWith('en')) return 'en';
  }
  return 'es';
}

/** BCP 47 tag for Intl formatting. */
export function localeTag(language: Language): string {
  return language === 'pt_BR' ? 'pt-BR' : language;
}
