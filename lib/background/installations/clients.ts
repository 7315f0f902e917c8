import type { Database } from '../../db/database';
import { getInstallation, getInstallationSecret } from '../../db/installations';
import { AppError } from '../../errors/app-error';
import { BlipTransport } from '../../blip/transport';
import { identifierFromAuthorization } from '../../domain/installation';
import { ConcurrencyLimiter } from '../../blip/limiter';
import { BLIP_TIMINGS, type BlipTimings } from '../../domain/timings';

/**
 * Requests in flight at once across all numbers (each number also keeps to its own 4): fifty numbers
 * syncing, delivering and reading at once must not open hundreds of connections from one browser.
 */
export const WORKER_CONCURRENCY = 12;
/**
 * Requests in flight at once to one host: browsers open at most 6 HTTP/1.1 connections per host, and
 * several numbers of one tenant share its host. More would wait inside the browser while their
 * timeout runs.
 */
export const HOST_CONCURRENCY = 6;

/**
 * The Blip transports of this worker, one per number, built from the numbers' stored keys.
 * Only the background imports this module: keys never leave it.
 */
export class BlipClients {
  private readonly cache = new Map<string, { authorization: string; host: string; transport: BlipTransport }>();
  private readonly tunnelsByNumber = new Map<string, Map<string, string>>();
  private readonly shared = new ConcurrencyLimiter(WORKER_CONCURRENCY);
  private readonly perHost = new Map<string, ConcurrencyLimiter>();

  /** `timings`: the worker's (lib/background/timings.ts), read once before the first transport. */
  constructor(
    private readonly db: Database,
    private readonly timings: Promise<BlipTimings> = Promise.resolve(BLIP_TIMINGS),
  ) {}

  /** The number's transport; `router` picks the router key when the number has one. */
  async forInstallation(installationId: string, options: { router?: boolean } = {}): Promise<BlipTransport> {
    const [installation, secret, { timeoutMs, answerWindowMs }] = await Promise.all([
      getInstallation(this.db, installationId),
      getInstallationSecret(this.db, installationId),
      this.timings,
    ]);
    if (!installation || !secret) throw new AppError('not-configured', `No key for ${installationId}`);
    const authorization = (options.router && secret.routerAuthorization) || secret.authorization;
    const cacheKey = `${installationId}:${options.router ? 'router' : 'bot'}`;
    const cached = this.cache.get(cacheKey);
    if (cached && cached.authorization === authorization && cached.host === installation.host) return cached.transport;
    const transport = new BlipTransport({ host: installation.host, authorization, timeoutMs, answerWindowMs, sharedLimiters: [this.hostLimiter(installation.host), this.shared] });
    this.cache.set(cacheKey, { authorization, host: installation.host, transport });
    return transport;
  }

  /** Tunnel id → customer of a router setup's number, remembered while the worker lives. */
  tunnels(installationId: string): Map<string, string> {
    let known = this.tunnelsByNumber.get(installationId);
    if (!known) this.tunnelsByNumber.set(installationId, (known = new Map()));
    return known;
  }

  /**
   * In a router setup (a router key is set), the identity of the bot whose key is the number's own: the
   * service with the Desk, which `Master-State` must name. The key is base64(identifier:accessKey).
   */
  async deskServiceIdentity(installationId: string): Promise<string | undefined> {
    const secret = await getInstallationSecret(this.db, installationId);
    if (!secret?.routerAuthorization) return undefined;
    const identifier = identifierFromAuthorization(secret.authorization);
    return identifier && `${identifier}@msging.net`;
  }

  private hostLimiter(host: string): ConcurrencyLimiter {
    const origin = new URL(host).origin;
    const limiter = this.perHost.get(origin) ?? new ConcurrencyLimiter(HOST_CONCURRENCY);
    this.perHost.set(origin, limiter);
    return limiter;
  }
}
