import { browser } from 'wxt/browser';
import { liveQuery } from '../../db/live';
import type { Database } from '../../db/database';
import { readSetting } from '../../db/settings';
import { firstInstallation, listInstallations } from '../../db/installations';
import { getAbsence } from '../../db/absence';
import { listAlertStatuses } from '../../db/alerts';
import { applyLanguageSetting, t } from '../../i18n/i18n';
import { badgeOf, type BadgeInput } from './badge-text';

/**
 * Keeps the toolbar badge in step with the selected number's absence and every number's alerts,
 * whichever context changed them (see `badgeOf` for how both share the badge).
 */
export function watchBadge(db: Database): void {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  liveQuery(async (): Promise<BadgeInput> => {
    applyLanguageSetting(await readSetting(db, 'language'));
    const selected = (await readSetting(db, 'selectedInstallationId')) || (await firstInstallation(db))?.id;
    const [record, statuses, installations] = await Promise.all([selected ? getAbsence(db, selected) : undefined, listAlertStatuses(db), listInstallations(db)]);
    const names = new Map(installations.map((installation) => [installation.id, installation.name]));
    return {
      absentOn: record?.setting.enabled ? names.get(selected!) : undefined,
      alerts: statuses.flatMap((status) => status.active.map((alert) => ({ number: names.get(status.installationId) ?? status.installationId, kind: alert.kind }))),
    };
  }).subscribe({
    next: (input) => {
      const badge = badgeOf(input, t);
      void action.setBadgeText({ text: badge.text });
      if (badge.color) void action.setBadgeBackgroundColor({ color: badge.color });
      void action.setTitle({ title: badge.title });
    },
    error: (error) => console.error('badge', error),
  });
}
