import type { Page } from 'puppeteer-core';

/**
 * What a hostile page script can do to drive the palette: point the desk at another number's
 * conversation (`#ticket-sequential-id`), then type "/bienv" into `selector` with synthetic key
 * events and with the editing command (whose input events the browser trusts), press a synthetic
 * Enter and the synthetic shortcut. Tells whether the palette's host ever appeared.
 */
export function hostileSlashAttempt(page: Page, selector: string, ticket: string): Promise<{ paletteAppeared: boolean }> {
  return page.evaluate(
    async (target, fakeTicket) => {
      const log = { paletteAppeared: false };
      new MutationObserver(() => (log.paletteAppeared ||= Boolean(document.querySelector('asistencia-reply-palette')))).observe(document.documentElement, { childList: true });
      document.querySelector('#ticket-sequential-id')!.textContent = fakeTicket;
      const box = document.querySelector<HTMLElement>(target)!;
      box.focus();
      const key = (type: string, init: KeyboardEventInit) => box.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true, cancelable: true, ...init }));
      for (const character of '/bienv') {
        key('keydown', { key: character });
        document.execCommand('insertText', false, character);
        key('keyup', { key: character });
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      key('keydown', { key: 'Enter' });
      key('keyup', { key: 'Enter' });
      key('keydown', { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true });
      await new Promise((resolve) => setTimeout(resolve, 700));
      return log;
    },
    selector,
    ticket,
  );
}
