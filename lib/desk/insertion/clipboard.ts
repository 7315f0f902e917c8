/** Puts the reply on the clipboard when no technique reached the editor; false when the browser refused that too. */
export async function copyText(view: Window, text: string): Promise<boolean> {
  try {
    await view.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
