import { useEffect } from 'preact/hooks';
import { liveReads } from '../live-signal';
import { PANEL_REQUEST_TTL_MS } from '../../domain/panel-request';
import type { SidePanelModels } from '../pages/side-panel';

/**
 * Follows what a clicked notification asked the panel to show (stored by the background): Monitoreo
 * on the alert's number, or the reminder's contact in Conversas. A panel follows each request once,
 * and only a fresh one (made while it was open, or that opened it).
 */
export function usePanelRequests(models: SidePanelModels): void {
  useEffect(() => {
    const openedAt = Date.now();
    let followed = 0;
    let stop: (() => void) | undefined;
    let unmounted = false;
    // The database code loads after the first paint (see live-reads.ts).
    void liveReads().then(({ followRead }) => {
      if (unmounted) return;
      stop = followRead('panelRequest', (request) => {
        if (!request || request.at <= followed || request.at < openedAt - PANEL_REQUEST_TTL_MS) return;
        followed = request.at;
        if (request.section === 'monitoreo') models.navigation.openMonitoring(request.installationId);
        else models.navigation.openInConversas(request.contact);
      });
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [models]);
}
