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
 *
 * A reload asked for while a load is on its way waits for it and runs after it, so a slow Blip
 * (a load longer than the refresh period) still ends in a timeline; only the user's retry or
 * cancel drops a load on its way.
 *
 * The newest page as last read (kept by the background) shows first, while Blip is asked.
 */
export function useConversation(installationId: string, identity: string) {
  const [snapshot, setSnapshot] = useState<ConversationSnapshot>();
  const [kept, setKept] = useState<ThreadMessage[]>();
  const [older, setOlder] = useState<ThreadMessage[]>([]);
  const [paging, setPaging] = useState<{ cursor?: string; hasMore: boolean }>();
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<unknown>();
  /** When the load on its way started (undefined: none). */
  const [loadingSince, setLoadingSince] = useState<number>();
  const [cancelled, setCancelled] = useState(false);
  const loadingRef = useRef(false);
  /** Which load's answer counts: a retry, a cancel or another contact makes earlier ones void. */
  const generation = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);

  const load = useCallback(
    (restart: boolean) => {
      if (inFlight.current && !restart) {
        again.current = true;
        return;
      }
      const mine = ++generation.current;
      inFlight.current = true;
      again.current = false;
      setCancelled(false);
      setLoadingSince(Date.now());
      rpc('conversation.load', { installationId, identity })
        .then(
          (loaded) => {
            if (mine !== generation.current) return;
            setError(undefined);
            setSnapshot(loaded);
            // The first load sets where paging starts; later reloads only refresh the newest page.
            setPaging((previous) => previous ?? { cursor: loaded.cursor, hasMore: loaded.hasMore });
          },
          (caught: unknown) => mine === generation.current && setError(caught),
        )
        .finally(() => {
          if (mine !== generation.current) return;
          inFlight.current = false;
          setLoadingSince(undefined);
          if (again.current) load(false);
        });
    },
    [installationId, identity],
  );

  useEffect(() => {
    let current = true;
    rpc('conversation.cached', { installationId, identity }).then((page) => current && page?.messages.length && setKept(page.messages), () => undefined);
    return () => {
      current = false;
    };
  }, [installationId, identity]);

  useEffect(() => {
    load(true);
    return () => {
      generation.current++;
      inFlight.current = false;
    };
  }, [load]);

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
    /** The newest page as last read, while the conversation is first loaded (undefined once loaded, or when none is kept). */
    kept: snapshot ? undefined : kept,
    messages: merged(older, snapshot?.messages ?? kept ?? []),
    hasMore: paging?.hasMore ?? false,
    loadingOlder,
    error,
    /** When the load on its way started. */
    loadingSince,
    /** The user stopped waiting for the load. */
    cancelled,
    loadOlder,
    /** Reads the newest page again (after the load on its way, if any). */
    reload: useCallback(() => load(false), [load]),
    /** Drops the load on its way and starts again. */
    retry: useCallback(() => load(true), [load]),
    /** Stops waiting for the load on its way. */
    cancel: useCallback(() => {
      generation.current++;
      inFlight.current = false;
      setLoadingSince(undefined);
      setCancelled(true);
    }, []),
  };
}
