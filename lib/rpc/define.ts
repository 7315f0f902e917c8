import type { z } from 'zod';

/**
 * One RPC method: its input schema (validated in the background) and, as a phantom type, its output.
 * `content: true` lets the desk content script call it; every other method answers extension pages only.
 */
export interface RpcMethod<I extends z.ZodType, O> {
  /**
   * The input's schema, built on the method's first call: a waking service worker builds only the
   * schema of the call that woke it before answering, not those of every method.
   */
  input: () => I;
  content: boolean;
  /** Never set: carries the output type. */
  readonly output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(build: () => I, options: { content?: boolean } = {}): RpcMethod<I, O> => {
    let built: I | undefined;
    return { input: () => (built ??= build()), content: options.content ?? false };
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRpcMethod = RpcMethod<z.ZodType, any>;
