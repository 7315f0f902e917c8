import { z } from 'zod';
import { method } from '../define';
import { LANGUAGES } from '../../domain/languages';
import { agentEmailSchema } from '../../domain/agent-identity';

export const settingsContract = {
  'settings.setAgentEmail': method<void>()(() => z.object({ email: agentEmailSchema })),
  'settings.setLanguage': method<void>()(() => z.object({ language: z.enum(['auto', ...LANGUAGES]) })),
  'settings.selectInstallation': method<void>()(() => z.object({ id: z.string() })),
};
