import { browser } from 'wxt/browser';
import { AppError } from '../../errors/app-error';
import type { DeskDelivery, DeskInsertResult, DeskMessages } from '../../rpc/contracts/desk';
import { callDesk, type DeskMessageName } from '../../rpc/desk-channel';

const KEY = 'deskBox';

interface DeskBoxPlace {
  tabId: number;
  frameId: number;
}

/**
 * Where the agent last clicked or typed in a desk box (tab and frame), so the side panel's "Insert"
 * reaches that box. Kept in session storage: a stopped worker still knows it, a restarted browser
 * forgets it.
 */
export async function rememberDeskTab(tabId: number, frameId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: { tabId, frameId } satisfies DeskBoxPlace });
}

async function lastDeskBox(): Promise<DeskBoxPlace | undefined> {
  const stored = (await browser.storage.session.get(KEY))[KEY] as Partial<DeskBoxPlace> | undefined;
  return typeof stored?.tabId === 'number' && typeof stored.frameId === 'number' ? { tabId: stored.tabId, frameId: stored.frameId } : undefined;
}

/**
 * Asks a desk to act: every frame of `tabId` (the shortcut, pressed there: the frame with the focus
 * answers), or without a tab the frame of the box the agent used last. `no-desk` when none can.
 */
export async function sendToDesk<K extends DeskMessageName>(name: K, input: DeskMessages[K]['input'], tabId?: number): Promise<DeskDelivery> {
  const place = tabId === undefined ? await lastDeskBox() : { tabId, frameId: undefined };
  if (!place) throw new AppError('no-desk', 'No desk tab known');
  let result: DeskInsertResult | undefined;
  try {
    result = await callDesk(place.tabId, name, input, place.frameId);
  } catch {
    // The tab was closed or navigated away from the desk.
    throw new AppError('no-desk', 'The desk tab does not answer');
  }
  if (result === undefined || result === 'no-box') throw new AppError('no-desk', 'No message box in the desk tab');
  return result;
}
