import { t } from '@/lib/i18n/i18n';
import { usePaletteShortcut } from '@/lib/ui/hooks/use-palette-shortcut';

/** Shows the ready-reply shortcut as the browser has it now (users may remap it). */
export function ShortcutsHelp() {
  const shortcut = usePaletteShortcut();
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('options.shortcuts')}</h2>
      <p>{t('options.shortcutsHelp', { shortcut })}</p>
    </section>
  );
}
