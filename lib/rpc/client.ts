import { AppError, isSerializedError } from '../errors/app-error';
import { extensionApi } from './extension-api';
import type { RpcInput, RpcName, RpcOutput, RpcReply, RpcRequest } from './contract';

/**
 * Calls the background as if it were local. An error thrown there is re-thrown here
 * as an `AppError` with the same code.
 */
export async function rpc<K extends RpcName>(name: K, ...args: RpcInput<K> extends undefined ? [] : [RpcInput<K>]): Promise<RpcOutput<K>> {
  const request: RpcRequest = { rpc: name, input: args[0] };
  let reply: RpcReply | undefined;
  try {
    reply = (await extensionApi().runtime.sendMessage(request)) as RpcReply | undefined;
  } catch (error) {
    throw new AppError('internal', `Background unavailable: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof reply?.ok !== 'boolean') throw new AppError('internal', `No reply to ${name}`);
  if (!reply.ok) {
    const { error } = reply;
    throw isSerializedError(error) ? new AppError(error.code, error.message, error.details) : new AppError('internal', `Bad error reply to ${name}`);
  }
  return reply.value as RpcOutput<K>;
}
