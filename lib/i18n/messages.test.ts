import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { LANGUAGES, languageFromBrowser } from '../domain/languages';
import { applyLanguageSetting, plural } from './i18n';
import { errorMessage } from './error-message';
import { AppError, ERROR_CODES } from '../errors/app-error';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('messages', () => {
  it.each(LANGUAGES)('%s has every key, none empty, with the same placeholders as Spanish', (language) => {
    for (const [key, spanish] of Object.entries(messages.es)) {
      const text = messages[language][key as keyof typeof messages.es];
      expect(text, key).toBeTruthy();
      expect(placeholders(text), key).toEqual(placeholders(spanish));
    }
  });

  it('explains every error code in every language', () => {
    for (const language of LANGUAGES) for (const code of ERROR_CODES) expect(messages[language][`error.${code}`]).toBeTruthy();
  });

  it.each([
    [['pt-BR', 'en'], 'pt_BR'],
    [['es-MX'], 'es'],
    [['en-US'], 'en'],
    [['fr-FR'], 'es'],
    [[], 'es'],
  ] as const)('follows the browser language %j → %s', (preferred, expected) => {
    expect(languageFromBrowser(preferred)).toBe(expected);
  });

  it('fills placeholders and switches language at once', () => {
    applyLanguageSetting('en');
    expect(errorMessage(new AppError('rate-limited', '', { retryAfterMs: 2500 }))).toBe('Blip is limiting requests. Retry in 3 s.');
    applyLanguageSetting('es');
    expect(plural('outbox.pending', 3)).toBe('3 cambios pendientes de envío');
  });
});
