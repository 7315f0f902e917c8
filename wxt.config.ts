import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_PALETTE_SHORTCUT, PALETTE_COMMAND } from './lib/domain/palette-shortcut';

/** Hosts the background may call: Blip's command hosts and the local sandbox. */
const BLIP_HOSTS = ['https://*.http.msging.net/*', 'https://http.msging.net/*', 'https://msging.net/*'];
const SANDBOX_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Blip Desk: "Abrir Blip Desk" finds its open tabs (the content script runs there already). */
const DESK_HOSTS = ['https://desk.blip.ai/*', 'https://*.desk.blip.ai/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'es',
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    host_permissions: [...BLIP_HOSTS, ...DESK_HOSTS, ...SANDBOX_HOSTS],
    // A bot registered on its own command host: asked for at runtime from the options page.
    optional_host_permissions: ['https://*/*'],
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
});
