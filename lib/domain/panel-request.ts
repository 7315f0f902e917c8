import type { ContactRef } from './contact';

/**
 * What the background asks the side panel to show (a notification was clicked): Monitoreo for a
 * number, or a contact in Conversas. `at` tells a fresh request from one already followed.
 */
export type PanelRequest = { installationId: string; at: number } & PanelTarget;

/** The section and what to show in it. */
export type PanelTarget = { section: 'monitoreo' } | { section: 'conversas'; contact: ContactRef };

/** A request older than this is history: a panel opened later does not follow it. */
export const PANEL_REQUEST_TTL_MS = 2 * 60_000;
