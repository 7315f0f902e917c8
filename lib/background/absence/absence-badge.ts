import { browser } from 'wxt/browser';
import { liveQuery } from '../../db/live';
import type { Database } from '../../db/database';
import { readSetting } from '../../db/settings';
import { firstInstallation } from '../../db/installations';
import { getAbsence } from '../../db/absence';
import { applyLanguageSetting, t } from '../../i18n/i18n';

/**
 * Keeps the toolbar badge in step with the selected number's absence: it shows while that number is
 * marked absent, whichever context changed the setting or the selection.
 */
export function watchAbsenceBadge(db: Database): void {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  liveQuery(async () => {
    applyLanguageSetting(await readSetting(db, 'language'));
    const selected = (await readSetting(db, 'selectedInstallationId')) || (await firstInstallation(db))?.id;
    const record = selected ? await getAbsence(db, selected) : undefined;
    return Boolean(record?.setting.enabled);
  }).subscribe({
    next: (absent) => {
      void action.setBadgeText({ text: absent ? t('absence.badge') : '' });
      if (absent) void action.setBadgeBackgroundColor({ color: '#b3261e' });
    },
    error: (error) => console.error('absence badge', error),
  });
}
