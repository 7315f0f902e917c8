import { browser } from 'wxt/browser';
import { AppError } from '../../errors/app-error';
import type { DeskInsertResult, DeskMessages } from '../../rpc/contracts/desk';
import { callDesk, type DeskMessageName } from '../../rpc/desk-channel';

const KEY = 'deskTabId';

/**
 * Which desk tab the agent typed in last, so the side panel's "Insert" and the shortcut reach it.
 * Kept in session storage: a stopped worker still knows it, a restarted browser forgets it.
 */
export async function rememberDeskTab(tabId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: tabId });
}

/** Asks the desk of `tabId` (or of the tab typed in last) to act; `no-desk` when none can. */
export async function sendToDesk<K extends DeskMessageName>(name: K, input: DeskMessages[K]['input'], tabId?: number): Promise<'inserted' | 'asking'> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const target = tabId ?? (typeof stored === 'number' ? stored : undefined);
  if (target === undefined) throw new AppError('no-desk', 'No desk tab known');
  let result: DeskInsertResult | undefined;
  try {
    result = await callDesk(target, name, input);
  } catch {
    // The tab was closed or navigated away from the desk.
    throw new AppError('no-desk', 'The desk tab does not answer');
  }
  if (result !== 'inserted' && result !== 'asking') throw new AppError('no-desk', 'No message box in the desk tab');
  return result;
}
