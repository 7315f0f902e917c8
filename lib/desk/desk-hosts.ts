/** Where Blip Desk runs: the content scripts' matches in the release build (the sandbox build adds its local hosts). */
export const DESK_MATCHES = ['https://desk.blip.ai/*', 'https://*.desk.blip.ai/*'];
