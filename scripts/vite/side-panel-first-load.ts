import type { EntrypointGroup } from 'wxt';
import type { Plugin, UserConfig } from 'vite';
import cssInjectedByJs from 'vite-plugin-css-injected-by-js';

// The side panel's first paint waits for every file its page loads first (bench:ux times it against
// a minimal panel of one script). Two steps bring that to one script, its styles inside.

/**
 * Builds the side panel on its own, not with the popup and options pages. Built together, the
 * modules it shares with them are split into common chunks, and the panel first loaded three or four
 * scripts. Alone, its first load is one script; the lazy chunks it shares with them are emitted twice
 * (identical ones under one name).
 */
export function buildSidePanelAlone(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length === 1) continue;
    const index = group.findIndex((entry) => entry.type === 'sidepanel');
    if (index >= 0) groups.push(group.splice(index, 1));
  }
}

/** Whether a Vite build is the one of the side panel page (see `buildSidePanelAlone`). */
function buildsSidePanel(config: UserConfig): boolean {
  const input = config.build?.rollupOptions?.input;
  return typeof input === 'object' && !Array.isArray(input) && 'sidepanel' in input;
}

/**
 * The side panel's own styles travel in its script, which adds them before it renders: no
 * stylesheet to fetch, and none blocking the first frame. The sections loaded later keep their
 * stylesheets, fetched with their code. (vite-plugin-css-injected-by-js moves the CSS and removes
 * the page's link to it.)
 */
export function sidePanelStylesInScript(): Plugin[] {
  const plugins = cssInjectedByJs({
    relativeCSSInjection: true,
    jsAssetsFilterFunction: (chunk) => chunk.isEntry && chunk.name === 'sidepanel',
    suppressUnusedCssWarning: true,
  });
  // The plugin needs CSS split per chunk (Vite's default, set here so it does not warn about it).
  const splitCss: Plugin = { name: 'asistencia:side-panel-css-split', config: () => ({ build: { cssCodeSplit: true } }) };
  return [splitCss, ...plugins].map((plugin) => ({ ...plugin, apply: (config: UserConfig, env) => env.command === 'build' && buildsSidePanel(config) }));
}
