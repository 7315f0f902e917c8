import type { Services } from './services';
import type { RpcHandlers } from '../rpc/dispatcher';
import { installationsHandlers } from './installations/installations-handlers';
import { settingsHandlers } from './settings/settings-handlers';
import { outboxHandlers } from './outbox/outbox-handlers';
import { absenceHandlers } from './absence/absence-handlers';
import { historyHandlers } from './history/history-handlers';
import { afterHoursHandlers } from './after-hours/after-hours-handlers';
import { templatesHandlers } from './templates/templates-handlers';
import { conversationHandlers } from './conversation/conversation-handlers';
import { contactsHandlers } from './contacts/contacts-handlers';
import { repliesHandlers } from './replies/replies-handlers';
import { deskHandlers } from './desk/desk-handlers';
import { alertsHandlers } from './alerts/alerts-handlers';
import { trendsHandlers } from './trends/trends-handlers';
import { callbacksHandlers } from './callbacks/callbacks-handlers';

/** Every RPC handler, from each feature's folder (`<feature>/<feature>-handlers.ts`). */
export function createRpcHandlers(services: Services): RpcHandlers {
  return {
    ...installationsHandlers(services),
    ...settingsHandlers(services),
    ...outboxHandlers(services),
    ...absenceHandlers(services),
    ...historyHandlers(services),
    ...afterHoursHandlers(services),
    ...templatesHandlers(services),
    ...conversationHandlers(services),
    ...contactsHandlers(services),
    ...repliesHandlers(services),
    ...deskHandlers(services),
    ...alertsHandlers(services),
    ...trendsHandlers(services),
    ...callbacksHandlers(services),
  };
}
