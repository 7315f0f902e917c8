import type { OptionsModels } from '@/lib/ui/pages/options';
import { t } from '@/lib/i18n/i18n';
import { NumberList } from './NumberList';
import { IdentitySettings } from './IdentitySettings';
import { LanguageSettings } from './LanguageSettings';
import { ShortcutsHelp } from './ShortcutsHelp';

/** The options page: identity, numbers and keys, language, shortcuts. */
export function OptionsApp({ models }: { models: OptionsModels }) {
  const { app } = models;
  const settings = app.settings.value;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <IdentitySettings email={settings.agentEmail} managed={settings.agentEmailManaged} />
      <NumberList installations={app.installations.value} />
      <LanguageSettings setting={settings.language} />
      <ShortcutsHelp />
    </main>
  );
}
