import { browser } from 'wxt/browser';
import { PALETTE_COMMAND } from '../../domain/palette-shortcut';
import { sendToDesk } from './desk-tab';

/** The reply shortcut: the palette opens in the tab where it was pressed, if that is a desk page. */
export function listenForPaletteShortcut(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === PALETTE_COMMAND) void sendToDesk('openPalette', {}, tab?.id).catch(() => undefined);
  });
}
