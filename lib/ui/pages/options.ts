import { createAppModel, type AppModel } from '../models/app-model';

/** The options page's models, built once when it opens. */
export interface OptionsModels {
  app: AppModel;
}

/** Builds every model of the options page. */
export function createOptionsModels(): OptionsModels {
  return { app: createAppModel() };
}
