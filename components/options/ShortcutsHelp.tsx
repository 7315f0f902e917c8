import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/i18n';

/** Shows the ready-reply shortcut as the browser has it now (users may remap it). */
export function ShortcutsHelp() {
  const [shortcut, setShortcut] = useState('Alt+Shift+R');
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => {
        const palette = commands.find((command) => command.name === 'open-reply-palette');
        if (palette?.shortcut) setShortcut(palette.shortcut);
      })
      .catch(() => undefined);
  }, []);
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('options.shortcuts')}</h2>
      <p>{t('options.shortcutsHelp', { shortcut })}</p>
    </section>
  );
}
