import '@/components/theme.css';
import '@/components/popup/popup.css';
import { guarded } from '@/components/ui/ErrorBoundary';
import { mountPage } from '@/lib/ui/pages/mount';
import { createPopupModels } from '@/lib/ui/pages/popup';
import { PopupApp } from '@/components/popup/PopupApp';

void mountPage(guarded(PopupApp), createPopupModels);
