import { z } from 'zod';
import { method } from '../define';
import { LANGUAGES } from '../../i18n/languages';

export const settingsContract = {
  'settings.setAgentEmail': method<void>()(z.object({ email: z.email('email-format') })),
  'settings.setLanguage': method<void>()(z.object({ language: z.enum(['auto', ...LANGUAGES]) })),
  'settings.selectInstallation': method<void>()(z.object({ id: z.string() })),
};
