import { installationsContract } from './contracts/installations';
import { outboxContract } from './contracts/outbox';
import { settingsContract } from './contracts/settings';
import { absenceContract } from './contracts/absence';
import { historyContract } from './contracts/history';
import { afterHoursContract } from './contracts/after-hours';
import { templatesContract } from './contracts/templates';
import { conversationContract } from './contracts/conversation';
import { contactsContract } from './contracts/contacts';
import { repliesContract } from './contracts/replies';
import { deskContract } from './contracts/desk';
import { alertsContract } from './contracts/alerts';
import { trendsContract } from './contracts/trends';
import { callbacksContract } from './contracts/callbacks';
import type { AnyRpcMethod, RpcMethod } from './define';
import type { z } from 'zod';

/** Every message the UI contexts may send the background. One contract file per feature. */
export const rpcContract = {
  ...installationsContract,
  ...settingsContract,
  ...outboxContract,
  ...absenceContract,
  ...historyContract,
  ...afterHoursContract,
  ...templatesContract,
  ...conversationContract,
  ...contactsContract,
  ...repliesContract,
  ...deskContract,
  ...alertsContract,
  ...trendsContract,
  ...callbacksContract,
} satisfies Record<string, AnyRpcMethod>;

export type RpcContract = typeof rpcContract;
export type RpcName = keyof RpcContract;
export type RpcInput<K extends RpcName> = z.input<ReturnType<RpcContract[K]['input']>>;
export type RpcParsedInput<K extends RpcName> = z.output<ReturnType<RpcContract[K]['input']>>;
export type RpcOutput<K extends RpcName> = RpcContract[K] extends RpcMethod<z.ZodType, infer O> ? O : never;

/** The wire format: `{ rpc, input }` → `{ ok: true, value } | { ok: false, error }`. */
export interface RpcRequest {
  rpc: string;
  input: unknown;
}

export type RpcReply =
  | { ok: true; value: unknown }
  | { ok: false; error: import('../errors/app-error').SerializedError };
