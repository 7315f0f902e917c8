import type { Page, Protocol } from 'puppeteer-core';

type DomNode = Protocol.DOM.Node;

/** The palette's host in the page or any of its frames. */
function findPalette(node: DomNode): DomNode | undefined {
  if (node.localName === 'asistencia-reply-palette') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findPalette(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs `fn` on the palette's closed shadow root (in whichever frame it shows) through the DevTools
 * protocol (Chromium only), as a person reads the screen: no page script can reach that root.
 */
export async function inPalette<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T | undefined> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const shadow = root && findPalette(root)?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      arguments: [{ objectId: object.objectId }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the palette: ${result.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The palette's option titles. */
export async function paletteOptions(page: Page): Promise<string[]> {
  return (await inPalette(page, (root) => [...root.querySelectorAll('[role="option"] strong')].map((node) => node.textContent ?? ''))) ?? [];
}

/** Waits until the palette lists `title` (Chromium only). */
export async function waitForPalette(page: Page, title: string): Promise<void> {
  for (const started = Date.now(); !(await paletteOptions(page)).includes(title); ) {
    if (Date.now() - started > 15_000) throw new Error(`The palette never listed "${title}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The palette's whole text (options, prompts, notices). */
export async function paletteText(page: Page): Promise<string> {
  return (await inPalette(page, (root) => root.textContent ?? '')) ?? '';
}
