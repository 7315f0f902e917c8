import { useCallback, useEffect, useState } from 'preact/hooks';
import { rpc } from '@/lib/rpc/client';
import type { ConversationSnapshot } from '@/lib/background/conversation-service';
import type { ThreadMessage } from '@/lib/blip/tickets';

/** Loads a contact's conversation on one number, pages older messages, and reloads after a send. */
export function useConversation(installationId: string, identity: string) {
  const [snapshot, setSnapshot] = useState<ConversationSnapshot>();
  const [older, setOlder] = useState<ThreadMessage[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    setError(undefined);
    rpc('conversation.load', { installationId, identity }).then(
      (loaded) => {
        if (!current) return;
        setSnapshot(loaded);
        setOlder([]);
        setHasMore(loaded.hasMore);
      },
      (caught: unknown) => current && setError(caught),
    );
    return () => {
      current = false;
    };
  }, [installationId, identity, version]);

  const messages = [...older, ...(snapshot?.messages ?? [])];
  const loadOlder = useCallback(async () => {
    const oldest = messages[0];
    if (!oldest || loadingOlder || !hasMore) return;
    setLoadingOlder(true);
    try {
      const page = await rpc('conversation.older', { installationId, identity, before: oldest.date });
      setOlder((previous) => [...page.messages, ...previous]);
      setHasMore(page.hasMore);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingOlder(false);
    }
  }, [messages[0]?.id, loadingOlder, hasMore]);

  return { snapshot, messages, hasMore, loadingOlder, error, loadOlder, reload: () => setVersion((value) => value + 1) };
}
