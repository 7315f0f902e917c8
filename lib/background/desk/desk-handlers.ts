import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';
import { rememberDeskTab } from './desk-tab';
import { AppError } from '../../errors/app-error';
import { readSetting } from '../../db/settings';
import { getInstallation } from '../../db/installations';
import { openDesk } from './open-desk';

/** What the desk page's content script asks (only these calls are open to it). */
export function deskHandlers(services: Services): Pick<RpcHandlers, 'desk.replies' | 'desk.used' | 'desk.focused' | 'desk.open'> {
  return {
    'desk.replies': async ({ ticketNumber }, { origin }) => ({
      replies: await services.deskReplies.replies(),
      values: await services.deskWarmUp.values(ticketNumber, origin),
      language: await readSetting(services.db, 'language'),
    }),
    'desk.used': ({ replyId }) => services.deskReplies.recordUse(replyId),
    'desk.focused': async ({ ticketNumber }, { tabId, frameId, origin }) => {
      if (tabId === undefined) throw new AppError('invalid-input', 'Only a desk tab can say it is focused');
      await rememberDeskTab(tabId, frameId ?? 0);
      services.deskWarmUp.warm(ticketNumber, origin);
    },
    'desk.open': async ({ installationId }) => openDesk(installationId ? (await getInstallation(services.db, installationId))?.host : undefined),
  };
}
