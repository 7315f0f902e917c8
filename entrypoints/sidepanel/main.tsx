import '@/components/theme.css';
import '@/components/shell/panel.css';
import { mountPage } from '@/lib/ui/pages/mount';
import { createSidePanelModels } from '@/lib/ui/pages/side-panel';
import { SidePanelApp } from '@/components/shell/SidePanelApp';
import { loadSection, startSection } from '@/components/shell/sections';

// The panel paints with its first section: that section's code loads with the language, before rendering.
void mountPage(SidePanelApp, createSidePanelModels, [loadSection(startSection())]);
