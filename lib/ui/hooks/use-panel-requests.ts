import { useEffect } from 'preact/hooks';
import { getDb } from '../../db/database';
import { liveQuery } from '../../db/live';
import { readSetting } from '../../db/settings';
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
    const subscription = liveQuery(() => readSetting(getDb(), 'panelRequest')).subscribe({
      next: (request) => {
        if (!request || request.at <= followed || request.at < openedAt - PANEL_REQUEST_TTL_MS) return;
        followed = request.at;
        if (request.section === 'monitoreo') models.navigation.openMonitoring(request.installationId);
        else models.navigation.openInConversas(request.contact);
      },
      error: (error) => console.error('panel requests', error),
    });
    return () => subscription.unsubscribe();
  }, [models]);
}
