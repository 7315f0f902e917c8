import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy';

function Loaded() {
  return <p>drawn</p>;
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 100));

describe('lazyComponent', () => {
  afterEach(() => render(null, document.body));

  it('says it is loading, then draws the component once its code is there', async () => {
    let arrive!: () => void;
    const Lazy = lazyComponent(() => new Promise<typeof Loaded>((resolve) => (arrive = () => resolve(Loaded))));
    await act(() => render(<Lazy />, document.body));
    expect(document.body.textContent).not.toContain('drawn');
    await act(async () => {
      arrive();
      await flush();
    });
    expect(document.body.textContent).toBe('drawn');
  });

  it('draws the component when its code arrives between the render that said "loading" and that render\'s effects', async () => {
    let arrive!: () => void;
    const Lazy = lazyComponent(() => new Promise<typeof Loaded>((resolve) => (arrive = () => resolve(Loaded))));
    void Lazy.preload();
    // Drawn outside act: its effects wait for the next frame, as in a page.
    render(<Lazy />, document.body);
    expect(document.body.textContent).not.toContain('drawn');
    arrive();
    await flush();
    await act(flush);
    expect(document.body.textContent).toBe('drawn');
  });
});
