/** The palette's look, scoped to its shadow root so neither the desk's styles nor ours leak. */
export const PALETTE_STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; font: 14px/1.4 system-ui, sans-serif; color-scheme: light dark; }
.box { background: Canvas; color: CanvasText; border: 1px solid #8a94a6; border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / .25); width: 100%; max-height: 320px; display: flex; flex-direction: column; overflow: hidden; }
header { display: flex; justify-content: space-between; gap: 8px; padding: 6px 10px; font-size: 12px; color: GrayText; border-bottom: 1px solid #8a94a633; }
input { font: inherit; margin: 8px; padding: 6px 8px; border: 1px solid #8a94a6; border-radius: 6px; background: Field; color: FieldText; }
ul { list-style: none; margin: 0; padding: 4px; overflow: auto; }
li { padding: 6px 8px; border-radius: 6px; cursor: pointer; }
li[aria-selected="true"] { background: #0b63c5; color: #fff; }
li small { display: block; opacity: .8; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.cat { font-size: 11px; opacity: .75; margin-left: 6px; }
p { margin: 8px 10px; }
form { display: grid; gap: 6px; padding: 8px 10px; }
label { display: grid; gap: 2px; font-size: 12px; }
button { font: inherit; justify-self: end; padding: 4px 12px; border-radius: 6px; border: 0; background: #0b63c5; color: #fff; cursor: pointer; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); margin: 0; }
:focus-visible { outline: 2px solid #0b63c5; outline-offset: 1px; }
`;
