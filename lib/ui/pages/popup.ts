import { createAppModel, type AppModel } from '../models/app-model';

/** The toolbar popup's models, built once when it opens. */
export interface PopupModels {
  app: AppModel;
}

/** Builds every model of the popup. */
export function createPopupModels(): PopupModels {
  return { app: createAppModel() };
}
