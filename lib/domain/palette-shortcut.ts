/**
 * The reply palette's keyboard shortcut (a `commands` entry, remappable in the browser's shortcut
 * settings). Chrome does not assign Alt+Shift+R; Ctrl+Shift+Space is free in Chrome, Firefox and Desk.
 */
export const PALETTE_COMMAND = 'open-reply-palette';
export const DEFAULT_PALETTE_SHORTCUT = { default: 'Ctrl+Shift+Space', mac: 'Command+Shift+Space' } as const;
