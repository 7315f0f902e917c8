import '@/components/theme.css';
import '@/components/options/options.css';
import { mountPage } from '@/lib/ui/mount';
import { OptionsApp } from '@/components/options/OptionsApp';

mountPage(OptionsApp);
