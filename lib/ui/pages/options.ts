import { createAppModel, type AppModel } from '../models/app-model';

/** The options page's models, built once when it opens. */
export interface OptionsModels {
  app: AppModel;
}

export function createOptionsModels(): OptionsModels {
  return { app: createAppModel() };
}
