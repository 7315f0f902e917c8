import { browser } from 'wxt/browser';
import { liveQuery } from '../../db/live';
import type { Database } from '../../db/database';
import { readSetting } from '../../db/settings';
import { firstInstallation } from '../../db/installations';
import { getAbsence } from '../../db/absence';
import { absentBadgeText } from '../../i18n/badge-text';

/**
 * Keeps the toolbar badge in step with the selected number's absence: it shows while that number is
 * marked absent, whichever context changed the setting or the selection.
 */
export function watchAbsenceBadge(db: Database): void {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  liveQuery(async () => {
    const language = await readSetting(db, 'language');
    const selected = (await readSetting(db, 'selectedInstallationId')) || (await firstInstallation(db))?.id;
    const record = selected ? await getAbsence(db, selected) : undefined;
    return { absent: Boolean(record?.setting.enabled), language };
  }).subscribe({
    next: ({ absent, language }) => {
      void action.setBadgeText({ text: absent ? absentBadgeText(language) : '' });
      if (absent) void action.setBadgeBackgroundColor({ color: '#b3261e' });
    },
    error: (error) => console.error('absence badge', error),
  });
}
