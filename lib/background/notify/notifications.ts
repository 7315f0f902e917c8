import { browser } from 'wxt/browser';

const PERMISSION = { permissions: ['notifications' as const] };
type NotificationsApi = NonNullable<typeof browser.notifications>;

/** The notifications API, present only once the user granted the optional permission. */
function api(): NotificationsApi | undefined {
  return (browser as { notifications?: NotificationsApi }).notifications;
}

/** True when the user allowed desktop notifications (asked when the first alert or reminder is set). */
export async function notificationsAllowed(): Promise<boolean> {
  try {
    return Boolean(api()) && (await browser.permissions.contains(PERMISSION));
  } catch {
    return false;
  }
}

/**
 * Shows (or replaces) the desktop notification `id`. Without the permission nothing shows: the badge
 * and the panel still tell. Chrome keeps it on screen until it is clicked or cleared; Firefox has no
 * such option and lets the system decide.
 */
export async function showNotification(id: string, text: { title: string; message: string }): Promise<void> {
  if (!(await notificationsAllowed())) return;
  const firefox = browser.runtime.getURL('/').startsWith('moz-extension:');
  await api()!.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: text.title, message: text.message, ...(firefox ? {} : { requireInteraction: true }) });
}

/** Takes a notification away (its alert ended, its reminder was handled). */
export async function clearNotification(id: string): Promise<void> {
  if (api()) await api()!.clear(id).catch(() => false);
}

/** Takes away every notification whose id starts with `prefix` but is not in `keep`. */
export async function clearNotificationsExcept(prefix: string, keep: Set<string>): Promise<void> {
  if (!api()) return;
  const shown = Object.keys(await api()!.getAll().catch(() => ({})));
  await Promise.all(shown.filter((id) => id.startsWith(prefix) && !keep.has(id)).map((id) => clearNotification(id)));
}

let clickHandler: ((id: string) => void) | undefined;
let listening = false;

function listen(): void {
  if (listening || !api()) return;
  listening = true;
  api()!.onClicked.addListener((id) => clickHandler?.(id));
}

/**
 * Calls `handler` with the id of a clicked notification, synchronously inside the click's event (the
 * side panel can only be opened there). Registered at start, and again once the permission is granted.
 */
export function onNotificationClicked(handler: (id: string) => void): void {
  clickHandler = handler;
  listen();
  browser.permissions.onAdded.addListener(listen);
}
