import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A virtual X display, so Chromium opens a real window whose keyboard shortcuts xdotool can press. */
export async function startXvfb(): Promise<{ display: string; stop: () => void }> {
  const number = 90 + Math.floor(Math.random() * 400);
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let waited = 0; !existsSync(`/tmp/.X11-unix/X${number}`); waited += 50) {
    if (waited > 10_000) throw new Error(`Xvfb ${display} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { display, stop: () => server.kill() };
}

/** Presses a key combination in the window whose title contains `title`, as the user would. */
export async function pressKeys(display: string, title: string, keys: string): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  const { stdout } = await run('xdotool', ['search', '--sync', '--onlyvisible', '--name', title], { env, timeout: 15_000 });
  const window = stdout.trim().split('\n')[0]!;
  await run('xdotool', ['windowactivate', '--sync', window], { env, timeout: 15_000 }).catch(() => run('xdotool', ['windowfocus', '--sync', window], { env }));
  await run('xdotool', ['key', '--clearmodifiers', keys], { env, timeout: 15_000 });
}
