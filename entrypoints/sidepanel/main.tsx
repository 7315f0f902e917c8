import '@/components/theme.css';
import '@/components/shell/panel.css';
import { mountPage } from '@/lib/ui/mount';
import { SidePanelApp } from '@/components/shell/SidePanelApp';

mountPage(SidePanelApp);
