import { describe, expect, it } from 'vitest';
import { handleRpc, type RpcHandlers } from './dispatcher';
import { AppError } from '../errors/app-error';

const ORIGIN = 'chrome-extension://abc';
const fromPage = { url: `${ORIGIN}/sidepanel.html` };
const fromDesk = { url: 'https://acme.desk.blip.ai/chat', tab: { id: 1 } };

const handlers: Partial<RpcHandlers> = {
  'settings.selectInstallation': async ({ id }) => {
    if (id === 'missing') throw new AppError('not-found', 'Unknown number');
  },
};

describe('handleRpc', () => {
  it('ignores messages that are not RPC calls', async () => {
    expect(await handleRpc(handlers, { type: 'other' }, fromPage, ORIGIN)).toBeUndefined();
  });

  it('calls the handler with validated input', async () => {
    expect(await handleRpc(handlers, { rpc: 'settings.selectInstallation', input: { id: 'x' } }, fromPage, ORIGIN)).toEqual({ ok: true, value: null });
  });

  it('rejects invalid input with invalid-input and the failing fields', async () => {
    const reply = await handleRpc(handlers, { rpc: 'settings.selectInstallation', input: { id: 5 } }, fromPage, ORIGIN);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { fields: [expect.stringContaining('id')] } } });
  });

  it('returns the thrown error code so the caller can re-throw it', async () => {
    const reply = await handleRpc(handlers, { rpc: 'settings.selectInstallation', input: { id: 'missing' } }, fromPage, ORIGIN);
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found', message: 'Unknown number' } });
  });

  it('refuses methods not meant for web pages when called from the desk content script', async () => {
    const reply = await handleRpc(handlers, { rpc: 'settings.selectInstallation', input: { id: 'x' } }, fromDesk, ORIGIN);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it("tells the desk's handlers the sender's tab, frame and origin as the browser reports them", async () => {
    const seen: unknown[] = [];
    const deskHandlers: Partial<RpcHandlers> = { 'desk.focused': async (_input, context) => void seen.push(context) };
    const call = (sender: object) => handleRpc(deskHandlers, { rpc: 'desk.focused', input: {} }, sender, ORIGIN);
    await call({ ...fromDesk, frameId: 0 });
    // A srcdoc frame: its url has no origin, the browser's `origin` (or the tab's url) has.
    await call({ url: 'about:srcdoc', origin: 'https://acme.desk.blip.ai', frameId: 3, tab: { id: 1 } });
    await call({ url: 'about:srcdoc', frameId: 4, tab: { id: 1, url: 'https://acme.desk.blip.ai/chat' } });
    expect(seen).toEqual([
      { fromContent: true, tabId: 1, frameId: 0, origin: 'https://acme.desk.blip.ai' },
      { fromContent: true, tabId: 1, frameId: 3, origin: 'https://acme.desk.blip.ai' },
      { fromContent: true, tabId: 1, frameId: 4, origin: 'https://acme.desk.blip.ai' },
    ]);
  });

  it('refuses unknown methods', async () => {
    expect(await handleRpc(handlers, { rpc: 'nope', input: {} }, fromPage, ORIGIN)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
