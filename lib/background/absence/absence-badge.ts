import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import type { CompanionDb } from '../../db/database';
import { readSetting } from '../../settings/settings-repo';
import { applyLanguageSetting, t } from '../../i18n/i18n';

/**
 * Keeps the toolbar badge in step with the selected number's absence: it shows while that number is
 * marked absent, whichever context changed the setting or the selection.
 */
export function watchAbsenceBadge(db: CompanionDb): void {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  liveQuery(async () => {
    applyLanguageSetting(await readSetting(db, 'language'));
    const selected = (await readSetting(db, 'selectedInstallationId')) || (await db.installations.orderBy('createdAt').first())?.id;
    const record = selected ? await db.absence.get(selected) : undefined;
    return Boolean(record?.setting.enabled);
  }).subscribe({
    next: (absent) => {
      void action.setBadgeText({ text: absent ? t('absence.badge') : '' });
      if (absent) void action.setBadgeBackgroundColor({ color: '#b3261e' });
    },
    error: (error) => console.error('absence badge', error),
  });
}
