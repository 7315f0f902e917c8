import '@/components/theme.css';
import '@/components/options/options.css';
import { guarded } from '@/components/ui/ErrorBoundary';
import { mountPage } from '@/lib/ui/pages/mount';
import { createOptionsModels } from '@/lib/ui/pages/options';
import { OptionsApp } from '@/components/options/OptionsApp';

void mountPage(guarded(OptionsApp), createOptionsModels);
