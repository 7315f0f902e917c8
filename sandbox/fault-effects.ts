import type { IncomingMessage, ServerResponse } from 'node:http';

/** Drops the connection without a reply, as a refused or reset connection looks to the client. */
export function refuseConnection(request: IncomingMessage): void {
  request.socket.destroy();
}

/**
 * Lets the request be carried out, but its reply stalls: headers and the first half of the body go
 * out, the rest never does. The connection is closed after `holdMs` (or when the client gives up).
 */
export function stallBody(response: ServerResponse, holdMs = 60_000): void {
  response.end = ((chunk?: unknown) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    response.write(text.slice(0, Math.floor(text.length / 2)) || ' ');
    const timer = setTimeout(() => response.destroy(), holdMs);
    response.once('close', () => clearTimeout(timer));
    return response;
  }) as typeof response.end;
}
