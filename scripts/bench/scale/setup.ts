import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ExtensionSession } from '../../../tests/e2e/harness/chromium';
import type { SandboxNumbers } from '../../../tests/e2e/harness/sandbox';

/** Builds the extension the browser tests load (the sandbox build where the project has one). */
export function buildTestedExtension(): string {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const script = scripts['build:sandbox'] ? 'build:sandbox' : 'build';
  execFileSync('npm', ['run', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  return script;
}

/**
 * Adds the given sandbox numbers through the options page's RPC calls, before any agent e-mail is
 * set: no number has a role yet, so none syncs until the e-mail is set and every role is checked.
 * Returns the installation id of each, by sandbox id.
 */
export async function addNumbers(session: ExtensionSession, info: SandboxNumbers, ids: string[]): Promise<Map<string, string>> {
  const installations = new Map<string, string>();
  for (const bot of ids) {
    const number = info.numbers.find((candidate) => candidate.id === bot)!;
    const { id } = await session.rpc<{ id: string }>('installations.save', { name: number.name, phone: number.phone, host: info.host, key: { mode: 'header', header: number.authorization } });
    installations.set(bot, id);
  }
  return installations;
}
