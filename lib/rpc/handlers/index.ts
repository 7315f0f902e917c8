import type { Services } from '../../background/services';
import type { RpcHandlers } from '../server';
import { installationsHandlers } from './installations';
import { settingsHandlers } from './settings';
import { outboxHandlers } from './outbox';
import { absenceHandlers } from './absence';
import { historyHandlers } from './history';
import { afterHoursHandlers } from './after-hours';
import { templatesHandlers } from './templates';
import { conversationHandlers } from './conversation';
import { contactsHandlers } from './contacts';
import { repliesHandlers } from './replies';

/** Every RPC handler; one file per feature. */
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
  };
}
