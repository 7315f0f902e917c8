import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

/**
 * The extension API of this context, as the browser gives it: Firefox's `browser`, Chrome's `chrome`
 * (both answer with promises for what is used through this: messages to the background, the options
 * page). Pages use it instead of `wxt/browser` for those calls, so they paint without loading the
 * WebExtension polyfill.
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as ExtensionApi;
}
