import { createAppModel, type AppModel } from '../models/app-model';
import { createContactCacheModel, type ContactCacheModel } from '../models/contact-cache-model';
import { createMonitoringModel, type MonitoringModel } from '../models/monitoring-model';
import { createNavigationModel, type NavigationModel } from '../models/navigation-model';
import { createRepliesModel, type RepliesModel } from '../models/replies-model';
import { createSearchModel, type SearchModel } from '../models/search-model';
import { createSearchClient } from '../search-client';
import { createAlertsModel, type AlertsModel } from '../models/alerts-model';

/** Every model of the side panel, built once when the panel opens; sections get them from here. */
export interface SidePanelModels {
  app: AppModel;
  navigation: NavigationModel;
  contactCache: ContactCacheModel;
  replies: RepliesModel;
  monitoring: MonitoringModel;
  search: SearchModel;
  alerts: AlertsModel;
}

/**
 * Builds every model of the side panel. The search worker starts here, with the panel, so the
 * stored index is being read while the panel paints, whichever section is shown first.
 */
export function createSidePanelModels(): SidePanelModels {
  return {
    app: createAppModel(),
    navigation: createNavigationModel(),
    contactCache: createContactCacheModel(),
    replies: createRepliesModel(),
    monitoring: createMonitoringModel(),
    search: createSearchModel(createSearchClient()),
    alerts: createAlertsModel(),
  };
}
