import { browser } from 'wxt/browser';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

/**
 * Asks for desktop notifications (an optional permission, never asked at install). Call it first thing
 * in a click handler: Firefox only grants it from the click itself. Answers whether it is granted.
 */
export function askForNotifications(): Promise<boolean> {
  return browser.permissions.request(NOTIFICATIONS).catch(() => false);
}

/** Whether desktop notifications are allowed now. */
export function notificationsGranted(): Promise<boolean> {
  return browser.permissions.contains(NOTIFICATIONS).catch(() => false);
}
