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

  it('refuses unknown methods', async () => {
    expect(await handleRpc(handlers, { rpc: 'nope', input: {} }, fromPage, ORIGIN)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
