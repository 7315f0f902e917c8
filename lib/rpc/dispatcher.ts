import { AppError, toAppError } from '../errors/app-error';
import { rpcContract, type RpcName, type RpcOutput, type RpcParsedInput, type RpcReply } from './contract';

export interface RpcContext {
  /** True when the caller is the desk content script (a web page's tab), not an extension page. */
  fromContent: boolean;
  /** The caller's tab, for the desk content script. */
  tabId?: number;
  /** The frame of that tab the content script runs in (0: the top document). */
  frameId?: number;
  /** The origin of the caller's page, as the browser reports it (never what the page says). */
  origin?: string;
}

/** What the browser tells about a message's sender. */
interface Sender {
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type RpcHandlers = {
  [K in RpcName]: (input: RpcParsedInput<K>, context: RpcContext) => Promise<RpcOutput<K>>;
};

/** Turns a runtime message into a validated handler call and a serialisable reply. */
export async function handleRpc(
  handlers: Partial<RpcHandlers>,
  message: unknown,
  sender: Sender,
  extensionOrigin: string,
): Promise<RpcReply | undefined> {
  if (!isRpcRequest(message)) return undefined;
  try {
    const name = message.rpc as RpcName;
    const definition = rpcContract[name];
    const handler = handlers[name] as ((input: unknown, context: RpcContext) => Promise<unknown>) | undefined;
    if (!definition || !handler) throw new AppError('invalid-input', `Unknown call ${message.rpc}`);
    const fromContent = !(sender.url ?? '').startsWith(extensionOrigin);
    if (fromContent && !definition.content) throw new AppError('invalid-input', `${name} is not allowed from a web page`);
    const parsed = definition.input().safeParse(message.input);
    if (!parsed.success) {
      throw new AppError('invalid-input', `Invalid input for ${name}`, {
        fields: parsed.error.issues.map((issue) => [...issue.path, issue.message].join('.')),
      });
    }
    const value = await handler(parsed.data, { fromContent, tabId: sender.tab?.id, frameId: sender.frameId, origin: senderOrigin(sender) });
    return { ok: true, value: value ?? null };
  } catch (error) {
    return { ok: false, error: toAppError(error).toJSON() };
  }
}

/** The sender's origin: a frame's own (about:srcdoc frames inherit their parent's), else its tab's. */
function senderOrigin(sender: Sender): string | undefined {
  for (const candidate of [sender.origin, sender.url, sender.tab?.url]) {
    try {
      const origin = candidate ? new URL(candidate).origin : undefined;
      if (origin && origin !== 'null') return origin;
    } catch {
      // Not a URL: try the next.
    }
  }
  return undefined;
}

function isRpcRequest(message: unknown): message is { rpc: string; input: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { rpc?: unknown }).rpc === 'string';
}
