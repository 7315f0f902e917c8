import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rpc } from './client';
import { handleRpc } from './dispatcher';
import { AppError } from '../errors/app-error';

describe('rpc client', () => {
  it('re-throws a background error as an AppError with the same code and details', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      handleRpc(
        {
          'settings.selectInstallation': async () => {
            throw new AppError('rate-limited', 'slow down', { retryAfterMs: 5000 });
          },
        },
        message,
        { url: 'chrome-extension://test/popup.html' },
        'chrome-extension://test',
      ),
    );
    const error = await rpc('settings.selectInstallation', { id: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'rate-limited', details: { retryAfterMs: 5000 } });
  });
});
