import { browser } from 'wxt/browser';
import type { DeskMessages } from './contracts/desk';

/** The messages the background may send the desk. */
export type DeskMessageName = keyof DeskMessages;
type DeskInput<K extends DeskMessageName> = DeskMessages[K]['input'];
type DeskOutput<K extends DeskMessageName> = DeskMessages[K]['output'];

/** The wire format, kept apart from RPC calls (`{ rpc, input }`). */
interface DeskRequest {
  desk: DeskMessageName;
  input: unknown;
}

/**
 * How the desk's content script answers each message: a promise (the browser sends back only
 * those), or `undefined` when the message is not for this document — every frame of the tab gets
 * it, and the first promise settled is the tab's answer.
 */
export type DeskHandlers = { [K in DeskMessageName]: (input: DeskInput<K>) => Promise<DeskOutput<K>> | undefined };

/**
 * Background side: sends one message to the desk content script of a tab (of one of its frames when
 * `frameId` is given). Resolves with its answer (undefined when nothing answers); rejects when the
 * tab is gone.
 */
export async function callDesk<K extends DeskMessageName>(tabId: number, name: K, input: DeskInput<K>, frameId?: number): Promise<DeskOutput<K> | undefined> {
  const request: DeskRequest = { desk: name, input };
  const answer = frameId === undefined ? browser.tabs.sendMessage(tabId, request) : browser.tabs.sendMessage(tabId, request, { frameId });
  return (await answer) as DeskOutput<K> | undefined;
}

/** Content-script side: answers the background's messages; anything else is left to other listeners. */
export function answerDesk(handlers: DeskHandlers): void {
  browser.runtime.onMessage.addListener((request: DeskRequest | undefined) => {
    if (Object.hasOwn(handlers, request?.desk as string)) return handlers[request!.desk](request!.input as never);
  });
}
