import type { Services } from './services';
import { ALERT_NOTIFICATION } from './alerts/alerts-service';
import { REMINDER_NOTIFICATION } from './callbacks/reminders-service';
import { clearNotification, onNotificationClicked } from './notify/notifications';
import { openPanelFor } from './notify/open-panel';

/**
 * A clicked notification opens the side panel on what it is about: an alert on Monitoreo for its
 * number, a reminder on the contact in Conversas. Call synchronously at start.
 */
export function listenForNotificationClicks(services: Services): void {
  onNotificationClicked((id) => {
    if (id.startsWith(ALERT_NOTIFICATION)) {
      const installationId = id.slice(ALERT_NOTIFICATION.length).split(':')[0]!;
      openPanelFor(services.db, Promise.resolve({ installationId, target: { section: 'monitoreo' } }));
      void clearNotification(id);
    } else if (id.startsWith(REMINDER_NOTIFICATION)) {
      const reminder = services.reminders.takeClicked(id);
      openPanelFor(
        services.db,
        reminder.then((found) => found && { installationId: found.installationId, target: { section: 'conversas', contact: { installationIds: [found.installationId], identity: found.identity, phone: found.phone, name: found.name } } }),
      );
    }
  });
}
