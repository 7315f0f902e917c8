import '../../domain/zod-setup';
import { h, render, type ComponentType } from 'preact';
import type { AppModel } from '../models/app-model';

/** Starts a page: builds its models (in one place), follows the language setting, renders the root component. */
export function mountPage<M extends { app: AppModel }>(Root: ComponentType<{ models: M }>, createModels: () => M): void {
  const models = createModels();
  models.app.followLanguage();
  render(h(Root, { models }), document.getElementById('app')!);
}
