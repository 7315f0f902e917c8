import '@/components/theme.css';
import '@/components/popup/popup.css';
import { mountPage } from '@/lib/ui/mount';
import { PopupApp } from '@/components/popup/PopupApp';

mountPage(PopupApp);
