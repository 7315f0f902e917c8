import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';
import { sendToDesk } from '../desk/desk-tab';

type RepliesRpc = 'replies.sync' | 'replies.saveCategory' | 'replies.deleteCategory' | 'replies.saveReply' | 'replies.deleteReply' | 'replies.move' | 'replies.import' | 'replies.resolveConflict' | 'replies.insert';

/** Every edit queues writes: the outbox is woken after each. */
export function repliesHandlers(services: Services): Pick<RpcHandlers, RepliesRpc> {
  const { replies, kickOutbox } = services;
  const thenKick = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    kickOutbox();
    return result;
  };
  return {
    'replies.sync': async () => (await services.repliesSync.pullAll()).map(({ installationId, error }) => ({ installationId, error: error?.toJSON() })),
    'replies.saveCategory': (input) => thenKick(replies.saveCategory(input)),
    'replies.deleteCategory': ({ id }) => thenKick(replies.deleteCategory(id)),
    'replies.saveReply': ({ categoryId, ...reply }) => thenKick(replies.saveReply(categoryId, reply)),
    'replies.deleteReply': ({ categoryId, replyId }) => thenKick(replies.deleteReply(categoryId, replyId)),
    'replies.move': ({ categoryId, replyId, offset }) => (replyId ? thenKick(replies.moveReply(categoryId, replyId, offset)) : replies.moveCategory(categoryId, offset)),
    'replies.import': ({ groups }) => thenKick(replies.importGroups(groups)),
    'replies.resolveConflict': ({ categoryId, installationId, keep }) => thenKick(replies.resolveConflict(categoryId, installationId, keep)),
    'replies.insert': ({ replyId }) => sendToDesk('insertReply', { replyId }),
  };
}
