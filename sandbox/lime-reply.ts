/** Reply helpers in Blip's envelope and collection formats (blip-api.md §2). */
export interface LimeReply {
  status: 'success' | 'failure';
  type?: string;
  resource?: unknown;
  reason?: { code: number; description: string };
}

export function ok(resource?: unknown, type = 'application/json'): LimeReply {
  return resource === undefined ? { status: 'success' } : { status: 'success', type, resource };
}

/** A collection; `total` is left out when undefined, as in some of the docs' examples. */
export function collection<T>(items: T[], itemType: string, total?: number): LimeReply {
  return { status: 'success', type: 'application/vnd.lime.collection+json', resource: { ...(total === undefined ? {} : { total }), itemType, items } };
}

export function failure(code: number, description: string): LimeReply {
  return { status: 'failure', reason: { code, description } };
}

export const notFound = () => failure(67, 'The requested resource was not found');
export const notSupported = () => failure(62, 'The resource is not supported');

/** `$skip`/`$take` with Blip's cap (blip-api.md §2.2). Returns a failure reply when `$take` is too big. */
export function page<T>(items: T[], query: URLSearchParams, options: { maxTake?: number; defaultTake?: number; skip?: boolean } = {}): { items: T[]; error?: LimeReply } {
  const skip = options.skip === false ? 0 : Number(query.get('$skip') ?? 0);
  const take = Number(query.get('$take') ?? options.defaultTake ?? 20);
  if (take > (options.maxTake ?? 100)) return { items: [], error: failure(64, `The take parameter can not be greater than ${options.maxTake ?? 100}`) };
  return { items: items.slice(skip, skip + take) };
}
