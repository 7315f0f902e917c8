/**
 * The desk bench's boxes report what their own editor holds, so tests assert the model and not the
 * screen: `window.deskBench[box]()` gives the model's text (lines joined by "\n") and its caret as an
 * offset into that text (`null` when the editor has no collapsed selection). The box's
 * `<output id="{box}-state">` shows the same text to a person looking at the page.
 */
export interface BoxModel {
  text: string;
  caret: number | null;
}

type ModelReader = () => BoxModel;

declare global {
  interface Window {
    deskBench?: Record<string, ModelReader>;
  }
}

/** Registers a box's model reader; returns the function that refreshes its `<output>` after a change. */
export function benchBox(element: HTMLElement, read: ModelReader): () => void {
  const name = element.dataset.box ?? element.id;
  const view = element.ownerDocument.defaultView!;
  (view.deskBench ??= {})[name] = read;
  const output = element.ownerDocument.getElementById(`${name}-state`);
  const show = () => {
    if (output) output.textContent = read().text;
  };
  show();
  return show;
}

/** Mounts `mount` on every element of the page marked `data-editor="{kind}"`. */
export function mountAll(kind: string, mount: (element: HTMLElement) => void): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[data-editor="${kind}"]`)) mount(element);
}
