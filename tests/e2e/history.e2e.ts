import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sandboxState } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { waitForText } from './harness/ui';

interface SeededTicket {
  id: string;
  sequentialId: number;
  status: string;
  storageDate: string;
  tags: string[];
  closed: boolean;
}

async function openHistory(page: Page) {
  await page.waitForSelector('#tab-historial');
  await page.click('#tab-historial');
  await page.waitForSelector('[data-testid="history-row"]');
}

/** Historial: the number's last 3 months of tickets, filters, and a PDF transcript that reads right. */
describe('ticket history', () => {
  const context = useConnectedExtension();

  it('lists the newest tickets first and filters by status', async () => {
    const oldestDay = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    // History lists closed tickets (Blip's ticket history), the last three months.
    const tickets = (await sandboxState<SeededTicket[]>(context.sandbox, 'norte', 'tickets')).filter((ticket) => ticket.closed && ticket.storageDate >= oldestDay);
    const newest = [...tickets].sort((a, b) => b.storageDate.localeCompare(a.storageDate))[0]!;
    const page = await context.session.open('sidepanel');
    await openHistory(page);
    const first = await page.$eval('[data-testid="history-row"] .card-title', (title) => title.textContent);
    expect(first).toMatch(new RegExp(`^#${newest.sequentialId} · `));
    await waitForText(page, `${tickets.length} tickets`);

    await page.select('.history-filters select', 'ClosedClient');
    await page.click('.history-filters button[type="submit"]');
    const expected = tickets.filter((ticket) => ticket.status === 'ClosedClient').length;
    await waitForText(page, `${expected} tickets`);
    const statuses = await page.$$eval('[data-testid="history-row"] [data-field="status"] dd', (cells) => [...new Set(cells.map((cell) => cell.textContent))]);
    expect(statuses).toEqual(['Cerrado por el cliente']);
  });

  it('downloads a transcript whose text keeps accents, shows "<script>" as text and replaces emoji visibly', async () => {
    const tickets = (await sandboxState<SeededTicket[]>(context.sandbox, 'norte', 'tickets')).filter((ticket) => ticket.closed);
    let target: (SeededTicket & { customerIdentity: string }) | undefined;
    let lines: Array<{ content: unknown }> = [];
    for (const ticket of tickets as Array<SeededTicket & { customerIdentity: string }>) {
      lines = await sandboxState(context.sandbox, 'norte', `tickets/${ticket.id}/messages`);
      if (lines.some((line) => String(line.content).includes('<script>'))) {
        target = ticket;
        break;
      }
    }
    expect(target, 'the sandbox seeds a message with <script>').toBeDefined();
    const folder = mkdtempSync(path.join(tmpdir(), 'asistencia-pdf-'));
    const page = await context.session.open('sidepanel');
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await openHistory(page);
    await page.type('.history-filters input[type="search"]', target!.customerIdentity.split('@')[0]!);
    await page.click('.history-filters button[type="submit"]');
    const customerDigits = target!.customerIdentity.split('@')[0]!;
    // Wait for the filtered page (every row of that customer), then download.
    await page.waitForFunction(
      (digits) => {
        const rows = [...document.querySelectorAll('[data-testid="history-row"]')];
        return rows.length > 0 && rows.every((row) => row.textContent!.replace(/\D+/g, '').includes(digits));
      },
      {},
      customerDigits,
    );
    await page.$eval(`button[aria-label="Descargar transcripción del ticket ${target!.sequentialId}"]`, (button) => (button as HTMLButtonElement).click());
    const file = await waitForFile(folder, `ticket-${target!.sequentialId}-${target!.storageDate.slice(0, 10)}.pdf`);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain(`Ticket #${target!.sequentialId}`);
    expect(text).toContain('Número: Tienda Norte (+52 1 55 1234 5678)');
    expect(text).toContain('<script>alert("hola")</script> esto apareció en el formulario de su sitio');
    expect(text).toContain('Hola [emoji] soy el asistente virtual. En un momento le atiende una persona.');
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

async function waitForFile(folder: string, name: string): Promise<string> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (readdirSync(folder).includes(name)) return path.join(folder, name);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No download ${name} in ${folder}: ${readdirSync(folder).join(', ')}`);
}
