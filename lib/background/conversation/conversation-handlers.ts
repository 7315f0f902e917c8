import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Contact view calls: the conversation, older pages, a text (queued), a transfer request. */
export function conversationHandlers(services: Services): Pick<RpcHandlers, 'conversation.load' | 'conversation.older' | 'conversation.sendText' | 'conversation.requestTransfer'> {
  return {
    'conversation.load': ({ installationId, identity }) => services.conversation.load(installationId, identity),
    'conversation.older': ({ installationId, identity, before }) => services.conversation.page(installationId, identity, Date.parse(before)),
    'conversation.sendText': async ({ installationId, identity, text, requestId }) => {
      await services.conversation.sendText(installationId, identity, text, requestId);
      services.kickOutbox();
    },
    'conversation.requestTransfer': ({ installationId, ticketId }) => services.conversation.requestTransfer(installationId, ticketId),
  };
}
