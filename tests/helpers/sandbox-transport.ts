import { BlipTransport } from '../../lib/blip/transport';
import type { SandboxStore } from '../../sandbox/store';
import { dispatchCommand, type CommandEnvelope } from '../../sandbox/commands/router';

/**
 * A transport answered in-process by the sandbox's command routes (same filters, caps and formats).
 * `log` collects each command's decoded URI; `fail` makes the calls it picks fail as a dropped network
 * before they reach the sandbox, `refuse` answers the ones it picks with a LIME failure; `after` runs (and is awaited) once a command's reply is decided but
 * before it arrives, to interleave other work with a read (throwing there loses a reply that landed).
 */
export function sandboxTransport(store: SandboxStore, botId: string, options: { log?: string[]; fail?: (command: CommandEnvelope) => boolean; refuse?: (command: CommandEnvelope) => boolean; after?: (uri: string) => Promise<void> } = {}) {
  return new BlipTransport({
    host: 'http://sandbox',
    authorization: 'Key test',
    // Failures in these tests are deliberate: no waiting between retries.
    sleep: async () => undefined,
    fetchImpl: async (_url, init) => {
      const command = JSON.parse(String(init?.body)) as CommandEnvelope;
      if (options.fail?.(command)) throw new TypeError('Failed to fetch');
      options.log?.push(decodeURIComponent(command.uri));
      const reply = { id: command.id, ...(options.refuse?.(command) ? { method: command.method, status: 'failure', reason: { code: 21, description: 'Refused' } } : dispatchCommand(store, store.bots.get(botId)!, command)) };
      await options.after?.(command.uri);
      return new Response(JSON.stringify(reply), { status: 200 });
    },
  });
}
