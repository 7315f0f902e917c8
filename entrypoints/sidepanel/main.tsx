import '@/components/theme.css';
import '@/components/shell/panel.css';
import { mountPage } from '@/lib/ui/pages/mount';
import { createSidePanelModels } from '@/lib/ui/pages/side-panel';
import { SidePanelApp } from '@/components/shell/SidePanelApp';

mountPage(SidePanelApp, createSidePanelModels);
