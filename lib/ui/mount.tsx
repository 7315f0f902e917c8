import '../domain/zod-setup';
import { render, type ComponentType } from 'preact';
import { createAppModel, type AppModel } from './app-model';

/** Starts a page: the shared model, the language follower, and the root component. */
export function mountPage(Root: ComponentType<{ app: AppModel }>): void {
  const app = createAppModel();
  app.followLanguage();
  render(<Root app={app} />, document.getElementById('app')!);
}
