import { browser } from 'wxt/browser';
import { listInstallations } from '../../db/installations';
import type { Services } from '../services';

const ROLES_ALARM = 'refresh-roles';

/** Re-reads the agent's role on every number every 30 minutes (an alarm, so a stopped worker does it too). */
export function startRoleRefresh(services: Services): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ROLES_ALARM) void refreshRoles(services);
  });
  void browser.alarms.create(ROLES_ALARM, { periodInMinutes: 30 });
}

async function refreshRoles(services: Services): Promise<void> {
  const installations = await listInstallations(services.db);
  await Promise.allSettled(installations.map((installation) => services.installations.refreshRole(installation.id)));
}
