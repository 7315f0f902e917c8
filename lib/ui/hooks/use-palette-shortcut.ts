import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_PALETTE_SHORTCUT, PALETTE_COMMAND } from '../../domain/palette-shortcut';

/** The reply palette's shortcut as the browser has it now (the user may have remapped it). */
export function usePaletteShortcut(): string {
  const [shortcut, setShortcut] = useState<string>(DEFAULT_PALETTE_SHORTCUT.default);
  useEffect(() => {
    void import('wxt/browser')
      .then(({ browser }) => browser.commands?.getAll() ?? [])
      .then((commands) => {
        const palette = commands.find((command) => command.name === PALETTE_COMMAND);
        if (palette?.shortcut) setShortcut(palette.shortcut);
      })
      .catch(() => undefined);
  }, []);
  return shortcut;
}
