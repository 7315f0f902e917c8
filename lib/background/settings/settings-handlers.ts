import type { Services } from '../services';
import { AppError } from '../../errors/app-error';
import { readSetting, writeSetting } from '../../db/settings';
import { getInstallation, listInstallations } from '../../db/installations';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Settings calls: the agent's e-mail (roles are checked again), the language, the selected number. */
export function settingsHandlers(services: Services): Pick<RpcHandlers, 'settings.setAgentEmail' | 'settings.setLanguage' | 'settings.selectInstallation'> {
  const { db } = services;
  return {
    'settings.setAgentEmail': async ({ email }) => {
      if (await readSetting(db, 'agentEmailManaged')) throw new AppError('read-only', 'Managed by policy');
      await writeSetting(db, 'agentEmail', email.trim().toLowerCase());
      // The role of every number depends on the identity: check them again, in the background.
      const installations = await listInstallations(db);
      void Promise.allSettled(installations.map((installation) => services.installations.refreshRole(installation.id)));
    },
    'settings.setLanguage': ({ language }) => writeSetting(db, 'language', language),
    'settings.selectInstallation': async ({ id }) => {
      if (!(await getInstallation(db, id))) throw new AppError('not-found', 'Unknown number');
      await writeSetting(db, 'selectedInstallationId', id);
    },
  };
}
