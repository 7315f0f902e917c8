import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type ExtensionSession } from './chromium';
import { connectSandboxNumbers, freshSandbox } from './sandbox';

export interface ConnectedExtension {
  session: ExtensionSession;
  sandbox: Awaited<ReturnType<typeof freshSandbox>>;
  /** Installation id of each sandbox number, by sandbox id (`norte`, `sul`, `andes`). */
  ids: Record<string, string>;
}

/**
 * For a test file: a fresh sandbox and Chromium with the extension connected to its three numbers
 * before the tests, both closed after. Read the fields inside tests (they are set in `beforeAll`).
 */
export function useConnectedExtension(options: { now?: number; language?: string; connect?: boolean; display?: () => string } = {}): ConnectedExtension {
  const context = {} as ConnectedExtension;
  beforeAll(async () => {
    context.sandbox = await freshSandbox({ now: options.now });
    context.session = await launchExtension({ language: options.language, display: options.display?.() });
    context.ids = options.connect === false ? {} : await connectSandboxNumbers(context.session, context.sandbox);
  });
  afterAll(async () => {
    await context.session?.close();
    await context.sandbox?.close();
  });
  return context;
}
