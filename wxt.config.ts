import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_PALETTE_SHORTCUT, PALETTE_COMMAND } from './lib/domain/palette-shortcut';
import { messagesPerLanguage } from './scripts/vite/messages-per-language';
import { withoutJsPdfExtras } from './scripts/vite/without-jspdf-extras';
import { buildSidePanelAlone, sidePanelStylesInScript } from './scripts/vite/side-panel-first-load';

/** Hosts the background may call: Blip's command hosts. */
const BLIP_HOSTS = ['https://*.http.msging.net/*', 'https://http.msging.net/*', 'https://msging.net/*'];

/**
 * `--mode sandbox` builds the extension `npm start` and the browser tests load (as does `wxt` in
 * development): it also talks to the local Blip sandbox and treats its pages as the desk. The
 * release build carries only Blip's hosts.
 */
const SANDBOX_MODES = ['sandbox', 'development'];
// WXT takes the mode for NODE_ENV, which made the sandbox build a development build (JSX with source
// positions, Preact's devtools hook). The browser tests and benchmarks run it: it is built as the
// release is.
if (process.env.NODE_ENV === 'sandbox') process.env.NODE_ENV = 'production';
const SANDBOX_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Blip Desk: "Abrir Blip Desk" finds its open tabs (the content script runs there already). */
const DESK_HOSTS = ['https://desk.blip.ai/*', 'https://*.desk.blip.ai/*'];
/** Any HTTPS host, granted one host at a time at the user's request. */
const CUSTOM_HOSTS = ['https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), messagesPerLanguage(fileURLToPath(new URL('.', import.meta.url))), withoutJsPdfExtras(), sidePanelStylesInScript()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'es',
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    host_permissions: [...BLIP_HOSTS, ...DESK_HOSTS, ...(SANDBOX_MODES.includes(mode) ? SANDBOX_HOSTS : [])],
    // A bot registered on its own command host: asked for at runtime from the options page. Firefox's
    // MV2 build has no optional_host_permissions: there the host pattern is an optional permission.
    optional_host_permissions: CUSTOM_HOSTS,
    // Desktop notifications for alerts and reminders: asked for when the first one is set, not at install.
    optional_permissions: ['notifications', ...(browser === 'firefox' ? CUSTOM_HOSTS : [])],
    commands: {
      [PALETTE_COMMAND]: {
        suggested_key: { ...DEFAULT_PALETTE_SHORTCUT },
        description: '__MSG_commandOpenPalette__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'asistencia-companion@blipgo.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The sources archive Firefox's add-on review asks for: what `git ls-files` holds, nothing generated.
  zip: { excludeSources: ['screenshots/**', 'bench-results/**', 'test-results/**', '**/*.log', '.env*'] },
  hooks: {
    'entrypoints:grouped': (_wxt, groups) => buildSidePanelAlone(groups),
    'build:manifestGenerated': (wxt, manifest) => {
      if (!SANDBOX_MODES.includes(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...SANDBOX_HOSTS];
    },
  },
});
