import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { rpc } from '../../rpc/client';
import type { ConversationSnapshot } from '../../rpc/contracts/conversation';
import type { ThreadMessage } from '../../domain/ticket';

/** Oldest first, each message once (pages may overlap at their edges, and a reload repeats the newest). */
function merged(older: ThreadMessage[], newest: ThreadMessage[]): ThreadMessage[] {
  const byId = new Map<string, ThreadMessage>();
  for (const message of [...older, ...newest]) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Loads a contact's conversation on one number, pages older messages as asked, and reloads the
 * newest page (after a send, or periodically) without losing the older pages already shown.
 */
export function useConversation(installationId: string, identity: string) {
  const [snapshot, setSnapshot] = useState<ConversationSnapshot>();
  const [older, setOlder] = useState<ThreadMessage[]>([]);
  const [paging, setPaging] = useState<{ cursor?: string; hasMore: boolean }>();
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  const loadingRef = useRef(false);

  useEffect(() => {
    let current = true;
    rpc('conversation.load', { installationId, identity }).then(
      (loaded) => {
        if (!current) return;
        setError(undefined);
        setSnapshot(loaded);
        // The first load sets where paging starts; later reloads only refresh the newest page.
        setPaging((previous) => previous ?? { cursor: loaded.cursor, hasMore: loaded.hasMore });
      },
      (caught: unknown) => current && setError(caught),
    );
    return () => {
      current = false;
    };
  }, [installationId, identity, version]);

  const loadOlder = useCallback(async () => {
    if (!paging?.hasMore || !paging.cursor || loadingRef.current) return;
    loadingRef.current = true;
    setLoadingOlder(true);
    try {
      const page = await rpc('conversation.older', { installationId, identity, before: paging.cursor });
      setOlder((previous) => merged(page.messages, previous));
      setPaging({ cursor: page.cursor ?? paging.cursor, hasMore: page.hasMore && page.cursor !== paging.cursor });
    } catch (caught) {
      setError(caught);
    } finally {
      loadingRef.current = false;
      setLoadingOlder(false);
    }
  }, [installationId, identity, paging]);

  return {
    snapshot,
    messages: merged(older, snapshot?.messages ?? []),
    hasMore: paging?.hasMore ?? false,
    loadingOlder,
    error,
    loadOlder,
    reload: () => setVersion((value) => value + 1),
  };
}
