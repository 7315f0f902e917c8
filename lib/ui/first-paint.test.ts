import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (its promise is made once per page). */
async function freshFirstPaint() {
  vi.resetModules();
  return import('./first-paint');
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('firstPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('waits for the frame that shows the page, then resolves', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { firstPaint, markPainted } = await freshFirstPaint();
    markPainted();
    expect(await settled(firstPaint)).toBe(false);
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    expect(await settled(firstPaint)).toBe(true);
  });

  it('resolves at once in a hidden page, which draws no frame', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const { firstPaint, markPainted } = await freshFirstPaint();
    markPainted();
    expect(await settled(firstPaint)).toBe(true);
  });

  it('does not wait for a frame that never comes', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { firstPaint, markPainted, NO_FRAME_WAIT_MS } = await freshFirstPaint();
    markPainted();
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS - 1);
    expect(await settled(firstPaint)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(firstPaint)).toBe(true);
  });
  describe('where the browser reports paints', () => {
    /** A stand-in for the browser's paint reports: `report(name)` delivers one entry to every observer. */
    function stubPaintReports() {
      const observers: Array<(entries: { getEntriesByName: (name: string) => unknown[] }) => void> = [];
      const disconnected: unknown[] = [];
      class FakeObserver {
        static supportedEntryTypes = ['paint'];
        constructor(private readonly callback: (entries: { getEntriesByName: (name: string) => unknown[] }) => void) {}
        observe() {
          observers.push(this.callback);
        }
        disconnect() {
          disconnected.push(this);
        }
      }
      vi.stubGlobal('PerformanceObserver', FakeObserver);
      const report = (entryName: string) => observers.forEach((callback) => callback({ getEntriesByName: (name) => (name === entryName ? [{ name }] : []) }));
      return { report, disconnected };
    }

    it('waits until the first contentful paint is shown, not only drawn', async () => {
      vi.useFakeTimers();
      const frames: FrameRequestCallback[] = [];
      vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
      const paints = stubPaintReports();
      const { firstPaint, markPainted } = await freshFirstPaint();
      markPainted();
      frames.splice(0).forEach((frame) => frame(0));
      vi.advanceTimersByTime(0);
      paints.report('first-paint');
      expect(await settled(firstPaint)).toBe(false);
      paints.report('first-contentful-paint');
      expect(await settled(firstPaint)).toBe(true);
      expect(paints.disconnected).toHaveLength(1);
    });

    it('still does not wait for a paint that is never reported', async () => {
      vi.useFakeTimers();
      vi.stubGlobal('requestAnimationFrame', () => 0);
      stubPaintReports();
      const { firstPaint, markPainted, NO_FRAME_WAIT_MS } = await freshFirstPaint();
      markPainted();
      vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
      expect(await settled(firstPaint)).toBe(true);
    });
  });
});
