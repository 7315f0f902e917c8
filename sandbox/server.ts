import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStore, type BotState, type SandboxStore } from './store';
import { dispatchCommand, type CommandEnvelope } from './commands/router';
import { FaultSwitches, type Fault } from './faults';
import { handleControl } from './control';
import { deskPage } from './desk-page/page';
import { editorScript } from './desk-page/scripts';
import { acceptMessage } from './messaging/accept-message';
import { refuseConnection, stallBody } from './fault-effects';
import { recordLanding } from './landings';
import { RequestLog } from './request-log';

export interface Sandbox {
  url: string;
  port: number;
  store: SandboxStore;
  faults: FaultSwitches;
  /** Every API request answered, per number (for call-count checks). */
  requests: RequestLog;
  close(): Promise<void>;
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  now?: number;
  seed?: number;
  /** Time between a sent message's delivery events (accepted → dispatched → received → consumed). */
  deliveryStepMs?: number;
}

/**
 * A local stand-in for Blip's HTTP API: `POST /commands` and `POST /messages` with per-number keys,
 * Blip's envelope and collection formats, fault switches, a control API under `/_sandbox/` for the
 * tests, and a desk-like page with a bench of real editors at `/desk` (their scripts under `/desk/editors/`).
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const store = createStore(options.now, options.seed, { deliveryStepMs: options.deliveryStepMs });
  const faults = new FaultSwitches();
  const requests = new RequestLog();
  const server = createServer((request, response) => {
    route(request, response, store, faults, requests).catch((error) => {
      console.error('sandbox error', error);
      if (!response.headersSent) send(response, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function route(request: IncomingMessage, response: ServerResponse, store: SandboxStore, faults: FaultSwitches, requests: RequestLog) {
  const url = new URL(request.url ?? '/', 'http://sandbox');
  if (url.pathname.startsWith('/_sandbox/')) return handleControl(request, response, url, store, faults);
  if (request.method === 'GET' && (url.pathname === '/desk' || url.pathname === '/desk/')) {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    return response.end(deskPage());
  }
  const editor = request.method === 'GET' ? /^\/desk\/editors\/([a-z]+)\.js$/.exec(url.pathname) : null;
  const script = editor ? editorScript(editor[1]!) : undefined;
  if (script) {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    return response.end(await script);
  }
  if (request.method !== 'POST' || (url.pathname !== '/commands' && url.pathname !== '/messages')) return send(response, 404, { error: 'not found' });

  const bot = store.byAuthorization(request.headers.authorization);
  if (!bot) return send(response, 401, { error: 'Unauthorized' });
  const body = await readJson(request);
  if (body === undefined) return send(response, 400, { error: 'Invalid JSON' });
  const envelope = body as { method?: string; uri?: string };
  requests.record({ bot: bot.number.id, path: url.pathname as '/commands' | '/messages', method: envelope.method, uri: envelope.uri, at: Date.now() });

  const fault = faults.take(bot.number.id);
  if (fault?.kind === 'refused') return refuseConnection(request);
  if (fault?.kind === 'stall-body') stallBody(response, fault.delayMs);
  else if (fault && (await applyFault(fault, response, body))) return;

  recordLanding(bot, url.pathname, body);
  if (url.pathname === '/messages') {
    const reply = acceptMessage(store, bot, body);
    return reply.status === 202 ? response.writeHead(202).end() : send(response, reply.status, reply.body);
  }
  return answerCommand(store, bot, body as CommandEnvelope, response);
}

const READS_KEPT = 500;

function recordRead(bot: BotState, uri: string) {
  bot.reads.push(uri);
  if (bot.reads.length > READS_KEPT) bot.reads.splice(0, bot.reads.length - READS_KEPT);
}

function answerCommand(store: SandboxStore, bot: BotState, command: CommandEnvelope, response: ServerResponse) {
  if (!command || typeof command.uri !== 'string' || typeof command.method !== 'string') {
    return send(response, 400, { error: 'Invalid envelope' });
  }
  const id = command.id ?? crypto.randomUUID();
  const isWrite = command.method !== 'get';
  if (!isWrite) recordRead(bot, command.uri);
  const replay = isWrite ? bot.processed.get(id) : undefined;
  if (replay) return send(response, 200, replay);
  const to = (command.to ?? 'postmaster@msging.net').replace(/\/.*$/, '');
  const reply = {
    id,
    from: `${to}/#sandbox`,
    to: bot.identity,
    method: command.method,
    ...dispatchCommand(store, bot, command),
    metadata: { '#command.uri': `lime://${bot.identity}${command.uri.replace(/^lime:\/\/[^/]+/, '')}` },
  };
  if (isWrite && reply.status === 'success') {
    bot.processed.set(id, reply);
    bot.writes.push({ id, method: command.method, uri: command.uri, type: command.type, resource: command.resource, at: new Date().toISOString() });
  }
  return send(response, 200, reply);
}

/** Applies a fault; returns true when it answered the request itself. */
async function applyFault(fault: Fault, response: ServerResponse, body: unknown): Promise<boolean> {
  switch (fault.kind) {
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 30_000));
      return response.destroyed;
    case 'http500':
      send(response, 500, { error: 'Internal Server Error' });
      return true;
    case 'http429':
      response.writeHead(429, { 'Retry-After': String(fault.retryAfterSeconds ?? 2), 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: 'Too Many Requests' }));
      return true;
    case 'lime-failure':
      send(response, 200, { id: (body as { id?: string }).id, status: 'failure', reason: { code: 61, description: 'Sandbox: command processing error' } });
      return true;
    case 'malformed':
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"status":"success","resource":');
      return true;
    default:
      return false;
  }
}

export function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
