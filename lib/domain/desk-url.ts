/** Where Blip Desk runs (blip-api.md §14.1): the global address and each tenant's own. */
export const DESK_PATTERNS = ['https://desk.blip.ai/*', 'https://*.desk.blip.ai/*'] as const;

const TENANT_HOST = /^([a-z0-9-]+)\.http\.msging\.net$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * The desk of the tenant whose command host a number uses: `https://acme.http.msging.net` →
 * `https://acme.desk.blip.ai/`; the global host or a bot's own host → `https://desk.blip.ai/`
 * (the Desk asks for the tenant). A Blip stand-in on this machine serves its desk page at `/desk`.
 */
export function deskUrlFor(host: string | undefined): string {
  let url: URL;
  try {
    url = new URL(host ?? '');
  } catch {
    return 'https://desk.blip.ai/';
  }
  if (LOOPBACK.has(url.hostname)) return `${url.origin}/desk`;
  const tenant = TENANT_HOST.exec(url.hostname)?.[1];
  return tenant ? `https://${tenant.toLowerCase()}.desk.blip.ai/` : 'https://desk.blip.ai/';
}

/**
 * True when the number on command host `host` serves the desk page at `deskOrigin`: the page is
 * that number's desk (`deskUrlFor`), so its tickets are the ones that desk shows.
 */
export function servesDesk(host: string, deskOrigin: string): boolean {
  return new URL(deskUrlFor(host)).origin === deskOrigin;
}

/** The match patterns of the desk tabs worth focusing for that desk address. */
export function deskTabPatterns(deskUrl: string): string[] {
  const url = new URL(deskUrl);
  return LOOPBACK.has(url.hostname) ? [`${url.protocol}//${url.hostname}/desk*`] : [...DESK_PATTERNS];
}
