import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerDesk, callDesk } from './desk-channel';

describe('desk channel', () => {
  afterEach(() => vi.restoreAllMocks());

  const answer = () =>
    answerDesk({
      openPalette: async () => 'asking' as const,
      insertReply: async ({ replyId }) => (replyId === 'r1' ? 'inserted' : 'no-box'),
    });

  it("carries the background's message to the desk tab and the desk's answer back", async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_tabId: number, message: unknown) => fakeBrowser.runtime.sendMessage(message)) as never);
    answer();
    expect(await callDesk(7, 'insertReply', { replyId: 'r1' })).toBe('inserted');
    expect(await callDesk(7, 'openPalette', {})).toBe('asking');
    expect(sent).toHaveBeenCalledWith(7, { desk: 'insertReply', input: { replyId: 'r1' } });
  });

  it('leaves a message unanswered when it is not for this document (another frame answers)', async () => {
    answerDesk({ openPalette: () => undefined, insertReply: () => undefined });
    expect(await fakeBrowser.runtime.sendMessage({ desk: 'openPalette', input: {} })).toBeUndefined();
  });

  it('leaves every other message unanswered, for other listeners', async () => {
    answer();
    for (const message of [{ rpc: 'desk.replies', input: {} }, { desk: 'toString', input: {} }, { desk: 'other' }, null, 'text']) {
      expect(await fakeBrowser.runtime.sendMessage(message)).toBeUndefined();
    }
  });
});
