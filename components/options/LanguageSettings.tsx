import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { LANGUAGES, type LanguageSetting } from '@/lib/domain/languages';

const NAMES: Record<(typeof LANGUAGES)[number], string> = { es: 'Español', pt_BR: 'Português (Brasil)', en: 'English' };

/** Follow the browser's language, or pick one; every open page switches at once. */
export function LanguageSettings({ setting }: { setting?: LanguageSetting }) {
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('options.language')}</h2>
      <label class="field">
        <span class="visually-hidden">{t('options.language')}</span>
        <select value={setting ?? 'auto'} onChange={(event) => void rpc('settings.setLanguage', { language: event.currentTarget.value as LanguageSetting })}>
          <option value="auto">{t('options.language.auto')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language.replace('_', '-')}>
              {NAMES[language]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
