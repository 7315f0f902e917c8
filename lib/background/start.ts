import { browser } from 'wxt/browser';
import { getDb, openEarly } from '../db/database';
import { handleRpc } from '../rpc/dispatcher';
import { createRpcHandlers } from './handlers';
import { createServices } from './services';
import { outboxKinds } from './outbox/outbox-kinds';
import { startOutbox } from './outbox/outbox-jobs';
import { applyManagedSettings, watchManagedSettings } from './installations/managed-settings';
import { startRoleRefresh } from './installations/role-refresh';
import { startContactSync } from './contacts/contact-sync-jobs';
import { startSearchIndex } from './contacts/search-index-jobs';
import { listenForPaletteShortcut } from './desk/palette-command';
import { repairDamagedRecords } from './repair/repair-job';
import { loadTimings } from './timings';
import { afterWake } from './after-wake';
import { watchBadge } from './badge/badge';
import { startAlerts } from './alerts/alerts-jobs';
import { startCallbacks } from './callbacks/callbacks-jobs';
import { listenForNotificationClicks } from './notification-clicks';

/**
 * Wires the background: the services, the RPC handlers, and each feature's jobs (the outbox, role
 * refresh, contact sync and the search index, the palette shortcut, managed policy, the badge, the
 * repair of damaged records, alert checks, call-backs and what a clicked notification opens).
 * Listeners are registered synchronously so a stopped worker wakes up for them; the upkeep starts a
 * moment later (`afterWake`).
 */
export function startBackground(): void {
  const db = getDb();
  openEarly(db);
  const timings = loadTimings();
  const services = createServices(db, { kick: () => void outbox.kick(), attempt: (id) => outbox.attempt(id) }, timings);
  const outbox = startOutbox(db, outboxKinds(services), timings);
  const handlers = createRpcHandlers(services);
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  browser.runtime.onMessage.addListener((message, sender) => handleRpc(handlers, message, sender, extensionOrigin));

  startRoleRefresh(services);
  listenForPaletteShortcut();
  watchManagedSettings(db);
  startContactSync(services);
  startAlerts(services);
  startCallbacks(services);
  listenForNotificationClicks(services);
  afterWake(() => {
    startSearchIndex(db);
    watchBadge(db);
    void applyManagedSettings(db)
      .then(() => repairDamagedRecords(services))
      .finally(() => void outbox.kick());
  });
}
