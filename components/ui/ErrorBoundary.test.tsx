import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let fail = true;
function Fragile() {
  if (fail) throw new RangeError('Invalid time value');
  return <p>drawn</p>;
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });

  it('keeps a failure inside its part, says so, and draws the part again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fail = true;
    await act(() => render(<div><ErrorBoundary name="Monitoreo"><Fragile /></ErrorBoundary><p>sibling</p></div>, document.body));
    expect(document.body.textContent).toMatch(/Monitoreo: /);
    expect(document.body.textContent).toContain('sibling');
    fail = false;
    await act(() => (document.querySelector('[data-testid="section-failed"] button') as HTMLButtonElement).click());
    expect(document.body.textContent).toContain('drawn');
    expect(document.querySelector('[data-testid="section-failed"]')).toBeNull();
  });
});
