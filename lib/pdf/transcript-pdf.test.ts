import { describe, expect, it } from 'vitest';
import type { TranscriptData } from '../rpc/contracts/history';
import { nodeFontCatalog } from '../../tests/helpers/font-catalog';
import { pdfToText as pdfText } from '../../tests/helpers/pdf-to-text';
import { renderTranscript, type TranscriptLabels } from './transcript-pdf';

const labels: TranscriptLabels = {
  title: 'Ticket', number: 'Número', customer: 'Cliente', agent: 'Agente', opened: 'Abierto', closed: 'Cerrado', status: 'Estado', tags: 'Etiquetas',
  customerSender: 'Cliente', botSender: 'Bot', media: 'Archivo', unsupported: 'Contenido',
  page: (current, total) => `Página ${current} de ${total}`,
  statusName: (status) => status,
  formatDate: (iso) => iso.slice(11, 16),
  formatPhone: (value) => value,
  marks: (counts) => `Marcas: ${counts.controls} de control, ${counts.unsupported} sin fuente`,
};

const TEXTS = ['Здравствуйте, нужна помощь', 'Καλημέρα σας', 'مرحبا بكم', 'שלום עולם', '你好，我想查询订单', 'こんにちは、カタカナ', 'Tab\u0007bell'];

function transcript(): TranscriptData {
  // Listed newest first on purpose: the transcript must print them in time order.
  const messages = TEXTS.map((text, index) => ({ id: `m${index}`, direction: 'received' as const, type: 'text/plain', content: text, date: `2026-11-25T10:${String(10 + index).padStart(2, '0')}:00.000Z` })).reverse();
  return {
    ticket: { id: 't1', sequentialId: 5000, customerIdentity: '5511999999999@wa.gw.msging.net', status: 'Closed', storageDate: '2026-11-25T10:00:00.000Z', tags: ['Оплата'] },
    messages,
    numberName: 'Tienda Norte',
    numberPhone: '+5215512345678',
    agentNames: {},
  } as TranscriptData;
}

describe('transcript PDF', () => {
  it('draws the scripts customers write, marks control characters, and keeps time order', async () => {
    const { pdf, counts } = await renderTranscript(transcript(), labels, nodeFontCatalog());
    const text = (await pdfText(pdf)).normalize('NFKC');
    for (const expected of ['Здравствуйте, нужна помощь', 'Καλημέρα σας', '你好，我想查询订单'.normalize('NFKC'), 'こんにちは、カタカナ'.normalize('NFKC'), 'Оплата']) expect(text).toContain(expected);
    // Right-to-left words: every letter is there, readable (the text layer holds them in visual order).
    for (const rtl of ['مرحبا', 'بكم', 'שלום', 'עולם']) expect(text.includes(rtl) || text.includes([...rtl].reverse().join(''))).toBe(true);
    expect(text).toContain('Tab[U+0007]bell');
    expect(text).toContain('Marcas: 1 de control, 0 sin fuente');
    expect(counts).toEqual({ emoji: 0, controls: 1, unsupported: 0 });
    const order = TEXTS.slice(0, 2).map((sample) => text.indexOf(sample));
    expect(order[0]).toBeLessThan(order[1]!);
  });

  it('embeds no font when the transcript is in Latin script only', async () => {
    const data = { ...transcript(), messages: [{ id: 'a', direction: 'sent' as const, type: 'text/plain', content: 'Hola José, ¿cómo está?', date: '2026-11-25T10:00:00.000Z' }] };
    const loaded: string[] = [];
    const catalog = nodeFontCatalog();
    const { pdf } = await renderTranscript({ ...data, ticket: { ...data.ticket, tags: [] } }, labels, { ...catalog, load: (key) => (loaded.push(key), catalog.load(key)) });
    expect(loaded).toEqual([]);
    expect(await pdfText(pdf)).toContain('Hola José, ¿cómo está?');
  });
});
