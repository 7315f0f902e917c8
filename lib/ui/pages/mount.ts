import { h, render, type ComponentType } from 'preact';
import type { AppModel } from '../models/app-model';
import { applyLanguageSetting } from '../../i18n/i18n';
import { languageOfSetting, preloadRememberedLanguage, rememberMessages, rememberedLanguage } from '../language-memory';
import { firstPaint, markPainted } from '../first-paint';

/**
 * Starts a page: builds its models (in one place), loads the language it last showed and whatever
 * else must be there to paint (`ready`: the side panel's first section), renders the root
 * component, then follows the language setting. Work that waits for `firstPaint` starts after.
 */
export async function mountPage<M extends { app: AppModel }>(Root: ComponentType<{ models: M }>, createModels: () => M, ready: Array<Promise<unknown>> = []): Promise<void> {
  const models = createModels();
  preloadRememberedLanguage();
  await Promise.all([applyLanguageSetting(rememberedLanguage()), ...ready]);
  render(h(Root, { models }), document.getElementById('app')!);
  markPainted();
  models.app.followLanguage();
  void firstPaint.then(() => rememberMessages(languageOfSetting())).catch(() => undefined);
}
