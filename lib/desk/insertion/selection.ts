/**
 * The selection inside a message box, through the open shadow root the box may live in: the
 * document's selection only shows the shadow host, its composed ranges show the nodes inside.
 */
export function selectionIn(box: HTMLElement): Range | undefined {
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const root = box.getRootNode();
  const [composed] = selection.getComposedRanges({ shadowRoots: root instanceof ShadowRoot ? [root] : [] });
  if (!composed || !box.contains(composed.startContainer) || !box.contains(composed.endContainer)) return undefined;
  const range = doc.createRange();
  range.setStart(composed.startContainer, composed.startOffset);
  range.setEnd(composed.endContainer, composed.endOffset);
  return range;
}

/**
 * Selects `range` and resolves once the page's editor has seen the change: editors keep their own
 * selection in step through `selectionchange`, and an insertion made before that lands where their
 * model still thinks the caret is.
 */
export function selectRange(box: HTMLElement, range: Range): Promise<void> {
  const current = selectionIn(box);
  if (current && current.compareBoundaryPoints(Range.START_TO_START, range) === 0 && current.compareBoundaryPoints(Range.END_TO_END, range) === 0) return Promise.resolve();
  const doc = box.ownerDocument;
  const view = doc.defaultView!;
  return new Promise((resolve) => {
    // After every selectionchange listener ran (a task later), or a short while when none fires.
    const done = () => view.setTimeout(resolve, 0);
    const fallback = view.setTimeout(done, 60);
    doc.addEventListener(
      'selectionchange',
      () => {
        view.clearTimeout(fallback);
        done();
      },
      { once: true },
    );
    doc.getSelection()!.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  });
}

/** Resolves after the next frame was drawn (or a moment later in a hidden tab, where frames stop). */
export function afterFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const fallback = view.setTimeout(resolve, 50);
    view.requestAnimationFrame(() => {
      view.clearTimeout(fallback);
      view.setTimeout(resolve, 0);
    });
  });
}
