import { browser } from 'wxt/browser';
import { AppError } from '../../errors/app-error';

/**
 * Blip's hosts and the local sandbox are granted at install; a bot on its own command host needs
 * the user's consent, asked from this page (a user gesture) before the background may call it.
 */
export async function ensureHostPermission(host: string): Promise<void> {
  const url = new URL(host);
  // Match patterns ignore ports: the host name is what the permission covers.
  const origin = `${url.protocol}//${url.hostname}/*`;
  if (await browser.permissions.contains({ origins: [origin] })) return;
  if (!(await browser.permissions.request({ origins: [origin] }))) {
    throw new AppError('network', 'Host permission denied');
  }
}
