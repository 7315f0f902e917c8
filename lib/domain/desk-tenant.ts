/**
 * Which numbers serve a Blip Desk page. Blip names a contract (tenant) in both hosts: the desk at
 * `https://{tenant}.desk.blip.ai` and the command host at `https://{tenant}.http.msging.net`
 * (blip-api.md §1.1, §14.1); `desk.blip.ai` and `http.msging.net` carry none. A host outside Blip
 * (a local sandbox) stands for itself.
 */
function tenantKey(url: string, blipSuffix: string, blipBare: string[]): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (blipBare.includes(hostname)) return 'blip:';
  if (hostname.endsWith(`.${blipSuffix}`)) return `blip:${hostname.slice(0, -blipSuffix.length - 1)}`;
  return `host:${hostname}`;
}

/** True when the number whose command host is `host` serves the desk page at `deskOrigin`. */
export function servesDesk(host: string, deskOrigin: string): boolean {
  const desk = tenantKey(deskOrigin, 'desk.blip.ai', ['desk.blip.ai']);
  return desk !== undefined && desk === tenantKey(host, 'http.msging.net', ['http.msging.net', 'msging.net']);
}
