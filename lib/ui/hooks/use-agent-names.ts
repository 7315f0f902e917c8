import { useEffect, useState } from 'preact/hooks';
import { rpc } from '../../rpc/client';
import { agentEmailOf } from '../../domain/agent-identity';

/** One read of a number's attendants per page. */
const loaded = new Map<string, Promise<Array<{ identity: string; name: string }>>>();

function attendantsOf(installationId: string) {
  let request = loaded.get(installationId);
  if (!request) {
    request = rpc('history.agents', { installationId });
    loaded.set(installationId, request);
    request.catch(() => loaded.delete(installationId));
  }
  return request;
}

/**
 * The agents' names on these numbers, as Desk lists its attendants: `name(identity)` gives the name,
 * or the e-mail while the list is read or when the agent is not in it.
 */
export function useAgentNames(installationIds: string[]): (identity: string | null | undefined) => string {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = installationIds.join(',');
  useEffect(() => {
    let current = true;
    void Promise.allSettled(installationIds.map(attendantsOf)).then((results) => {
      if (!current) return;
      const entries = results.flatMap((result) => (result.status === 'fulfilled' ? result.value.map((agent) => [agent.identity, agent.name] as const) : []));
      setNames(Object.fromEntries(entries));
    });
    return () => {
      current = false;
    };
  }, [key]);
  return (identity) => (identity ? names[identity] ?? agentEmailOf(identity) : '—');
}
