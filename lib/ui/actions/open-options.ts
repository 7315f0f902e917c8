import { extensionApi } from '../../rpc/extension-api';

/** Opens the extension's options page. */
export function openOptions(): void {
  void extensionApi().runtime.openOptionsPage();
}
