import { browser } from 'wxt/browser';
import { AppError } from '../errors/app-error';

/** Messages the background sends the desk's content script. */
export type DeskCommand = { type: 'asistencia.openPalette' } | { type: 'asistencia.insertReply'; replyId: string };

/** What the desk did: inserted, is asking the agent for missing values, or has no box to write in. */
export type DeskInsertResult = 'inserted' | 'asking' | 'no-box';

const KEY = 'deskTabId';

/**
 * Which desk tab the agent typed in last, so the side panel's "Insert" and the shortcut reach it.
 * Kept in session storage: a stopped worker still knows it, a restarted browser forgets it.
 */
export async function rememberDeskTab(tabId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: tabId });
}

export async function sendToDesk(command: DeskCommand, tabId?: number): Promise<Exclude<DeskInsertResult, 'no-box'>> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const target = tabId ?? (typeof stored === 'number' ? stored : undefined);
  if (target === undefined) throw new AppError('no-desk', 'No desk tab known');
  let result: DeskInsertResult | undefined;
  try {
    result = (await browser.tabs.sendMessage(target, command)) as DeskInsertResult | undefined;
  } catch {
    // The tab was closed or navigated away from the desk.
    throw new AppError('no-desk', 'The desk tab does not answer');
  }
  if (result !== 'inserted' && result !== 'asking') throw new AppError('no-desk', 'No message box in the desk tab');
  return result;
}
