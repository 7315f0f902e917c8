import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The README's first command (without its install step) starts, connects the three numbers and writes screenshots. */
describe('quick start', () => {
  it('runs headless, prints the addresses and writes screenshots of every panel section, light and dark, and the README sheets', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asistencia-screens-'));
    const sheets = mkdtempSync(path.join(tmpdir(), 'asistencia-sheets-'));
    const { stdout } = await run('npx', ['tsx', 'scripts/start.ts', '--once', '--no-build', '--headless', '--port', '0', '--screenshots', folder, '--readme-screenshots', sheets], {
      env: { ...process.env, DISPLAY: '' },
      timeout: 120_000,
    });
    expect(stdout).toMatch(/Blip sandbox: +http:\/\/127\.0\.0\.1:\d+\/commands/);
    expect(stdout).toMatch(/sidepanel +chrome-extension:\/\/[a-p]{32}\/sidepanel\.html/);
    const files = readdirSync(folder);
    for (const section of ['conversas', 'contactos', 'fuera-horario', 'historial', 'monitoreo', 'respuestas', 'ausencia', 'conversation']) {
      for (const scheme of ['light', 'dark']) expect(files).toContain(`panel-${section}-${scheme}.png`);
    }
    expect(readdirSync(sheets).sort()).toEqual(['panel-dark.png', 'panel-light.png']);
    expect(existsSync(path.join(folder, 'options.png'))).toBe(true);
  }, 150_000);
});
