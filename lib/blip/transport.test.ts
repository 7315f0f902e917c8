import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BlipTransport } from './transport';
import { ConcurrencyLimiter } from './limiter';
import { parseRetryAfter } from './backoff';
import { AppError } from '../errors/app-error';

type Reply = { status: number; body?: string; headers?: Record<string, string> } | Error;

function transportWith(replies: Reply[], options: Partial<ConstructorParameters<typeof BlipTransport>[0]> = {}) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init! });
    const next = replies.shift() ?? { status: 200, body: JSON.stringify({ status: 'success' }) };
    if (next instanceof Error) throw next;
    return new Response(next.body ?? '', { status: next.status, headers: next.headers });
  });
  const sleeps: number[] = [];
  const transport = new BlipTransport({
    host: 'https://acme.http.msging.net/',
    authorization: 'Key abc',
    fetchImpl: fetchImpl as unknown as typeof fetch,
    sleep: async (ms) => void sleeps.push(ms),
    newId: () => 'id-1',
    ...options,
  });
  return { transport, calls, sleeps };
}

const success = (resource: unknown) => ({ status: 200, body: JSON.stringify({ status: 'success', resource }) });
const get = { method: 'get' as const, uri: '/account' };

describe('BlipTransport', () => {
  it('posts a LIME envelope with the key and returns the validated resource', async () => {
    const { transport, calls } = transportWith([success({ fullName: 'Bot' })]);
    const resource = await transport.command({ ...get, to: 'postmaster@msging.net' }, z.object({ fullName: z.string() }));
    expect(resource).toEqual({ fullName: 'Bot' });
    expect(calls[0]!.url).toBe('https://acme.http.msging.net/commands');
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Key abc');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ id: 'id-1', method: 'get', uri: '/account', to: 'postmaster@msging.net' });
  });

  it.each([
    ['HTTP 401', { status: 401 }, 'auth'],
    ['HTTP 403', { status: 403 }, 'auth'],
    ['HTTP 500', { status: 500 }, 'server'],
    ['HTTP 404 (not a Blip host)', { status: 404 }, 'malformed-reply'],
    ['malformed JSON', { status: 200, body: '{"status":' }, 'malformed-reply'],
    ['not an envelope', { status: 200, body: '{"hello":1}' }, 'malformed-reply'],
    ['HTTP 200 with a failure body', { status: 200, body: JSON.stringify({ status: 'failure', reason: { code: 61, description: 'boom' } }) }, 'lime-failure'],
    ['reason 67', { status: 200, body: JSON.stringify({ status: 'failure', reason: { code: 67, description: 'not found' } }) }, 'not-found'],
    ['a network error', new TypeError('Failed to fetch'), 'network'],
  ] as Array<[string, Reply, string]>)('maps %s to %s', async (_label, reply, code) => {
    const { transport } = transportWith([reply, reply, reply], { readRetries: 0 });
    await expect(transport.command(get, z.unknown())).rejects.toMatchObject({ code });
  });

  it('keeps the LIME reason code and text', async () => {
    const { transport } = transportWith([{ status: 200, body: JSON.stringify({ status: 'failure', reason: { code: 61, description: 'boom' } }) }]);
    const error = (await transport.command(get, z.unknown()).catch((caught) => caught)) as AppError;
    expect(error.details).toMatchObject({ reason: 61, reasonText: 'boom' });
  });

  it('rejects a reply whose resource does not match the schema', async () => {
    const { transport } = transportWith([success({ fullName: 42 })]);
    await expect(transport.command(get, z.object({ fullName: z.string() }))).rejects.toMatchObject({ code: 'malformed-reply', details: { fields: ['fullName'] } });
  });

  it('retries safe reads after transient failures with backoff', async () => {
    const { transport, calls, sleeps } = transportWith([{ status: 500 }, new TypeError('reset'), success('ok')]);
    await expect(transport.command(get, z.string())).resolves.toBe('ok');
    expect(calls).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]! * 1.2);
  });

  it('never retries a write after a server error (the outbox owns that)', async () => {
    const { transport, calls } = transportWith([{ status: 500 }, success('ok')]);
    await expect(transport.command({ method: 'set', uri: '/resources/x', resource: 1 }, z.unknown())).rejects.toMatchObject({ code: 'server' });
    expect(calls).toHaveLength(1);
  });

  it('takes a message answered with a LIME failure body as refused, and a 202 as accepted', async () => {
    const { transport } = transportWith([{ status: 200, body: JSON.stringify({ status: 'failure', reason: { code: 61, description: 'no' } }) }, { status: 202 }]);
    const message = { id: 'm1', to: 'ana@wa.gw.msging.net', type: 'text/plain', content: 'hola' };
    await expect(transport.message(message)).rejects.toMatchObject({ code: 'lime-failure', details: { reason: 61 } });
    await expect(transport.message(message)).resolves.toBeUndefined();
  });

  it('honours Retry-After on 429, also for writes', async () => {
    const { transport, sleeps } = transportWith([{ status: 429, headers: { 'Retry-After': '3' } }, success('ok')]);
    await expect(transport.command({ method: 'set', uri: '/x' }, z.string())).resolves.toBe('ok');
    expect(sleeps).toEqual([3000]);
  });

  it('surfaces a Retry-After longer than it is willing to wait', async () => {
    const { transport } = transportWith([{ status: 429, headers: { 'Retry-After': '120' } }]);
    await expect(transport.command(get, z.unknown())).rejects.toMatchObject({ code: 'rate-limited', details: { retryAfterMs: 120_000 } });
  });

  it('does not retry a read that timed out: the user already waited for it', async () => {
    let calls = 0;
    const fetchImpl = (_url: unknown, init?: RequestInit) => {
      calls++;
      return new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    };
    const transport = new BlipTransport({ host: 'https://x', authorization: 'Key a', fetchImpl: fetchImpl as typeof fetch, timeoutMs: 20 });
    await expect(transport.command(get, z.unknown())).rejects.toMatchObject({ code: 'timeout', details: { stalled: false } });
    expect(calls).toBe(1);
  });

  it('times out a reply whose body stalls after the headers, and frees its slot', async () => {
    let aborted = 0;
    const stalled = (init?: RequestInit) => {
      init!.signal!.addEventListener('abort', () => aborted++);
      // Headers at once, then a body that never ends (and ignores the abort, like a stuck stream).
      const body = new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"status":"succ')) });
      return Promise.resolve(new Response(body, { status: 200 }));
    };
    let first = true;
    const fetchImpl = async (_url: unknown, init?: RequestInit) => {
      if (first) {
        first = false;
        return stalled(init);
      }
      return new Response(JSON.stringify({ status: 'success', resource: 'ok' }), { status: 200 });
    };
    const transport = new BlipTransport({ host: 'https://x', authorization: 'Key a', fetchImpl: fetchImpl as typeof fetch, timeoutMs: 30, maxConcurrent: 1, readRetries: 0 });
    const [hung, next] = await Promise.allSettled([transport.command(get, z.unknown()), transport.command(get, z.string())]);
    expect(hung).toMatchObject({ status: 'rejected', reason: { code: 'timeout', details: { stalled: true } } });
    expect(next).toEqual({ status: 'fulfilled', value: 'ok' });
    expect(aborted).toBe(1);
  });

  it('shares a limit across numbers on top of each number\'s own', async () => {
    let inFlight = 0;
    let peak = 0;
    const fetchImpl = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return new Response(JSON.stringify({ status: 'success' }), { status: 200 });
    };
    const shared = new ConcurrencyLimiter(5);
    const numbers = Array.from({ length: 3 }, () => new BlipTransport({ host: 'https://x', authorization: 'Key a', fetchImpl: fetchImpl as typeof fetch, maxConcurrent: 4, sharedLimiters: [shared] }));
    await Promise.all(numbers.flatMap((transport) => Array.from({ length: 8 }, () => transport.command(get, z.unknown()))));
    expect(peak).toBe(5);
  });

  it('times out a request that hangs', async () => {
    const fetchImpl = (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const transport = new BlipTransport({ host: 'https://x', authorization: 'Key a', fetchImpl: fetchImpl as typeof fetch, timeoutMs: 20, readRetries: 0 });
    await expect(transport.command(get, z.unknown())).rejects.toMatchObject({ code: 'timeout' });
  });

  it('keeps at most maxConcurrent requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const fetchImpl = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return new Response(JSON.stringify({ status: 'success' }), { status: 200 });
    };
    const transport = new BlipTransport({ host: 'https://x', authorization: 'Key a', fetchImpl: fetchImpl as typeof fetch, maxConcurrent: 3 });
    await Promise.all(Array.from({ length: 10 }, () => transport.command(get, z.unknown())));
    expect(peak).toBe(3);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['5', 5000],
    ['0 (still backs off)', 1000],
    ['-3', 1000],
    [null, 2000],
    ['', 2000],
    ['garbage', 2000],
    ['Wed, 25 Nov 2026 00:00:10 GMT', 10_000],
    ['a date in the past: Tue, 24 Nov 2026 00:00:00 GMT', 1000],
    ['a far date: Fri, 25 Dec 2026 00:00:00 GMT', 300_000],
    ['86400 (a day)', 300_000],
  ])('%s → %d ms', (value, expected) => {
    const header = value === null ? null : value.replace(/^[^:]*: /, '').replace(/ \(.*\)$/, '');
    expect(parseRetryAfter(header, Date.parse('Wed, 25 Nov 2026 00:00:00 GMT'))).toBe(expected);
  });
});
