import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Contact view calls: the conversation, its kept newest page, older pages, a text (queued), a transfer request. */
export function conversationHandlers(services: Services): Pick<RpcHandlers, 'conversation.load' | 'conversation.cached' | 'conversation.older' | 'conversation.sendText' | 'conversation.requestTransfer'> {
  return {
    'conversation.load': ({ installationId, identity }) => services.conversation.load(installationId, identity),
    'conversation.cached': ({ installationId, identity }) => services.conversation.cached(installationId, identity),
    'conversation.older': ({ installationId, identity, before }) => services.conversation.page(installationId, identity, Date.parse(before)),
    'conversation.sendText': async ({ installationId, identity, text, requestId }) => {
      await services.conversation.sendText(installationId, identity, text, requestId);
      services.kickOutbox();
    },
    'conversation.requestTransfer': ({ installationId, ticketId }) => services.conversation.requestTransfer(installationId, ticketId),
  };
}
