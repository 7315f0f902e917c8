import '@/components/theme.css';
import '@/components/options/options.css';
import { mountPage } from '@/lib/ui/pages/mount';
import { createOptionsModels } from '@/lib/ui/pages/options';
import { OptionsApp } from '@/components/options/OptionsApp';

mountPage(OptionsApp, createOptionsModels);
