import { useEffect, useState } from 'preact/hooks';
import { rpc } from '../../rpc/client';
import type { Template } from '../../domain/templates';

/** One read of a number's templates per page: every timeline of that number shares it. */
const loaded = new Map<string, Promise<Template[]>>();

/**
 * The number's templates, to show sent active messages with their text. Empty until read, and when
 * they cannot be read (the timeline then shows the template's name and its parameters).
 */
export function useTemplates(installationId: string): Template[] {
  const [templates, setTemplates] = useState<Template[]>([]);
  useEffect(() => {
    let current = true;
    let request = loaded.get(installationId);
    if (!request) {
      request = rpc('templates.list', { installationId }).then((list) => list.templates);
      loaded.set(installationId, request);
      request.catch(() => loaded.delete(installationId));
    }
    request.then((list) => current && setTemplates(list), () => undefined);
    return () => {
      current = false;
    };
  }, [installationId]);
  return templates;
}
