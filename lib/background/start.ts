import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { listInstallations } from '../db/installations';
import { OutboxRunner } from './outbox/outbox-runner';
import { handleRpc } from '../rpc/dispatcher';
import { createRpcHandlers } from './handlers.ts';
import { createServices } from './services';
import { applyManagedSettings } from './installations/managed-settings';
import { outboxKinds } from './outbox/outbox-kinds';
import { watchAbsenceBadge } from './absence/absence-badge';
import { startContactSync } from './contacts/contact-sync-jobs';
import { sendToDesk } from './desk/desk-tab';
import { PALETTE_COMMAND } from '../domain/palette-shortcut';

const OUTBOX_ALARM = 'outbox';
const ROLES_ALARM = 'refresh-roles';

/**
 * Wires the background: RPC, the outbox (woken by a timer while alive and by an alarm after the
 * worker was stopped), managed policy and the periodic role refresh. Listeners are registered
 * synchronously so a stopped worker wakes up for them.
 */
export function startBackground(): void {
  const db = getDb();
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  const services = createServices(db, () => void runner.kick());
  const kinds = outboxKinds(services);
  const runner = new OutboxRunner({
    db,
    handlers: Object.fromEntries(Object.entries(kinds).map(([kind, { deliver }]) => [kind, deliver])),
    onDelivered: (item) => kinds[item.kind]?.delivered?.(item),
    schedule: (at) => {
      clearTimeout(wakeTimer);
      wakeTimer = setTimeout(() => void runner.kick(), Math.max(0, at - Date.now()));
    },
  });
  const handlers = createRpcHandlers(services);
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  browser.runtime.onMessage.addListener((message, sender) => handleRpc(handlers, message, sender, extensionOrigin));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void runner.kick();
    if (alarm.name === ROLES_ALARM) void refreshRoles();
  });
  // The reply shortcut: the palette opens in the tab where it was pressed, if that is a desk page.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === PALETTE_COMMAND) void sendToDesk('openPalette', {}, tab?.id).catch(() => undefined);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyManagedSettings(db);
  });
  void browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 0.5 });
  void browser.alarms.create(ROLES_ALARM, { periodInMinutes: 30 });

  async function refreshRoles() {
    const installations = await listInstallations(db);
    await Promise.allSettled(installations.map((installation) => services.installations.refreshRole(installation.id)));
  }

  startContactSync(services);

  watchAbsenceBadge(db);
  void applyManagedSettings(db).finally(() => void runner.kick());
}
