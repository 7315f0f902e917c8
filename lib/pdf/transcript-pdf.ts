import type { TranscriptData } from '../rpc/contracts/history';
import { agentEmailOf } from '../domain/agent-identity';
import { describeContent, emptyCounts, STANDARD_FONT, toPieces, type Piece, type TextCounts } from './pdf-text';
import { fontFinder, type FontCatalog } from './font-catalog';
import { hasRtl, isRtlParagraph, visualOrder, wrapPieces } from './text-layout';
import { embedFonts, type CharacterMap } from './embed-fonts';

/** Everything the transcript prints that is not data: translated by the caller. */
export interface TranscriptLabels {
  title: string;
  number: string;
  customer: string;
  agent: string;
  opened: string;
  closed: string;
  status: string;
  tags: string;
  customerSender: string;
  botSender: string;
  media: string;
  unsupported: string;
  page: (current: number, total: number) => string;
  statusName: (status: string) => string;
  formatDate: (iso: string) => string;
  /** A phone number (or WhatsApp identity) as people read it. */
  formatPhone: (value: string) => string;
  /** The note saying how many characters were shown as marks (only printed when some were). */
  marks: (counts: TextCounts) => string;
  customerName?: string;
}

/** jsPDF's bidi engine (its Unicode bidi algorithm), which its typings leave out. */
interface BidiEngineHost {
  __bidiEngine__: new (options: { isInputVisual: boolean; isOutputVisual: boolean }) => { doBidiReorder(text: string, map: number[]): string };
}

const MARGIN = 40;
const LINE = 13;
const SYSTEM_TYPES = new Set(['application/vnd.iris.ticket+json', 'application/vnd.lime.redirect+json', 'application/vnd.lime.chatstate+json']);

/**
 * Renders a ticket transcript as a PDF (jsPDF is imported here only, so it loads on first download):
 * a header with the ticket's facts, then every message in time order with its time, sender and
 * wrapped text, paginated, media as clickable links. Server text is drawn as text, never
 * interpreted. Text in other scripts is drawn with the catalog's font for that script, loaded only
 * when the transcript has such text; right-to-left lines are put in visual order and aligned right.
 */
export async function renderTranscript(data: TranscriptData, labels: TranscriptLabels, catalog?: FontCatalog): Promise<{ pdf: Blob; counts: TextCounts }> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  const width = doc.internal.pageSize.getWidth() - MARGIN * 2;
  const bottom = doc.internal.pageSize.getHeight() - MARGIN;
  const { ticket } = data;
  const agent = ticket.agentIdentity ? data.agentNames[ticket.agentIdentity] ?? agentEmailOf(ticket.agentIdentity) : '—';
  const messages = data.messages
    .filter((message) => !SYSTEM_TYPES.has(message.type))
    .map((message, index) => ({ message, index, at: Date.parse(message.date) }))
    // Time order, whatever order the pages came in (a tie keeps Blip's order).
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ message }) => message);

  const header: Array<[string, { bold?: boolean; size?: number }?]> = [
    [`${labels.title} #${ticket.sequentialId}`, { bold: true, size: 16 }],
    [`${labels.number}: ${data.numberName} (${labels.formatPhone(data.numberPhone)})`],
    [`${labels.customer}: ${labels.customerName ? `${labels.customerName} · ` : ''}${labels.formatPhone(ticket.customerIdentity)}`],
    [`${labels.agent}: ${agent}`],
    [`${labels.opened}: ${ticket.openDate ? labels.formatDate(ticket.openDate) : labels.formatDate(ticket.storageDate)}`],
    [`${labels.closed}: ${ticket.closeDate ? labels.formatDate(ticket.closeDate) : '—'}`],
    [`${labels.status}: ${labels.statusName(ticket.status)}`],
    [`${labels.tags}: ${ticket.tags?.length ? ticket.tags.join(', ') : '—'}`],
  ];
  const body = messages.map((message) => {
    const human = message.metadata?.['#messageEmitter'] === 'Human';
    const sender = message.direction === 'received' ? labels.customerName ?? labels.customerSender : human ? agent : labels.botSender;
    return { title: `${labels.formatDate(message.date)} · ${sender}`, ...describeContent(message.type, message.content, labels) };
  });
  // Every paragraph as pieces first, so the fonts to embed are known before anything is drawn. A
  // font's range may promise a character its file lacks: once loaded, its own map decides, and the
  // pieces are made again (a few rounds at most: each round only adds fonts).
  const embedded = new Map<string, CharacterMap>();
  let counts = emptyCounts();
  let headerPieces: Array<{ paragraphs: Piece[][]; options: { bold?: boolean; size?: number } }> = [];
  let bodyPieces: Array<{ title: Piece[][]; text: Piece[][]; url?: string }> = [];
  for (let round = 0; ; round++) {
    const fontFor = fontFinder(catalog, (key, codePoint) => embedded.get(key)?.has(codePoint) ?? true);
    counts = emptyCounts();
    const paragraphs = (text: string) => text.split(/\r\n|\r|\n/).map((line) => toPieces(line, fontFor, counts));
    headerPieces = header.map(([text, options]) => ({ paragraphs: paragraphs(text), options: options ?? {} }));
    bodyPieces = body.map((entry) => ({ title: paragraphs(entry.title), text: paragraphs(entry.text), url: entry.url }));
    const needed = new Set<string>();
    for (const list of [...headerPieces.map((entry) => entry.paragraphs), ...bodyPieces.flatMap((entry) => [entry.title, entry.text])]) {
      for (const pieces of list) for (const piece of pieces) if (piece.font !== STANDARD_FONT && !embedded.has(piece.font)) needed.add(piece.font);
    }
    if (!catalog || needed.size === 0 || round > 4) break;
    for (const [key, map] of await embedFonts(doc, catalog, [...needed])) embedded.set(key, map);
  }
  const marksNote = (text: string) => text.split(/\r\n|\r|\n/).map((line) => toPieces(line, () => undefined, emptyCounts()));

  let y = MARGIN;
  const ensure = (height: number) => {
    if (y + height > bottom) {
      doc.addPage();
      y = MARGIN;
    }
  };
  const setFont = (font: string, bold: boolean) => doc.setFont(font === STANDARD_FONT ? 'helvetica' : font, font === STANDARD_FONT && bold ? 'bold' : 'normal');
  const measure = (bold: boolean) => (piece: Piece) => {
    setFont(piece.font, bold);
    return doc.getTextWidth(piece.text);
  };
  const bidi = new (jsPDF as unknown as BidiEngineHost).__bidiEngine__({ isInputVisual: false, isOutputVisual: true });
  const reorder = (text: string, map: number[]) => bidi.doBidiReorder(text, map);
  const shape = (pieces: Piece[]) => pieces.map((piece) => (piece.font === STANDARD_FONT ? piece : { ...piece, text: doc.processArabic(piece.text) }));
  /** Lines of a paragraph: the standard font's own wrapping for plain Latin text (most of a transcript), ours for the rest. */
  const wrapParagraph = (paragraph: Piece[], bold: boolean): Piece[][] => {
    if (paragraph.length === 1 && paragraph[0]!.font === STANDARD_FONT) {
      setFont(STANDARD_FONT, bold);
      return (doc.splitTextToSize(paragraph[0]!.text, width) as string[]).map((text) => [{ text, font: STANDARD_FONT }]);
    }
    return wrapPieces(shape(paragraph), width, measure(bold));
  };
  const write = (list: Piece[][], options: { bold?: boolean; size?: number; url?: string } = {}) => {
    const bold = Boolean(options.bold);
    doc.setFontSize(options.size ?? 10);
    for (const paragraph of list) {
      const rtl = isRtlParagraph(paragraph);
      for (const logical of wrapParagraph(paragraph, bold)) {
        ensure(LINE);
        const line = hasRtl(logical) ? visualOrder(logical, reorder) : logical;
        const lineWidth = line.reduce((sum, piece) => sum + measure(bold)(piece), 0);
        let x = rtl ? MARGIN + width - lineWidth : MARGIN;
        for (const piece of line) {
          setFont(piece.font, bold);
          // Already shaped and in visual order: jsPDF must not reorder it again.
          doc.text(piece.text, x, y, { isInputVisual: true, isOutputVisual: true } as never);
          x += doc.getTextWidth(piece.text);
        }
        if (options.url) doc.link(rtl ? MARGIN + width - lineWidth : MARGIN, y - LINE + 3, lineWidth, LINE, { url: options.url });
        y += options.size ? options.size + 4 : LINE;
      }
    }
  };

  for (const entry of headerPieces) write(entry.paragraphs, entry.options);
  if (counts.controls + counts.unsupported > 0) write(marksNote(labels.marks(counts)), { size: 8 });
  y += LINE / 2;
  doc.setDrawColor(180);
  doc.line(MARGIN, y, MARGIN + width, y);
  y += LINE;
  for (const entry of bodyPieces) {
    ensure(LINE * 2);
    write(entry.title, { bold: true });
    write(entry.text, { url: entry.url });
    y += LINE / 3;
  }

  const pages = doc.getNumberOfPages();
  for (let index = 1; index <= pages; index++) {
    doc.setPage(index);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.text(labels.page(index, pages), MARGIN + width, bottom + LINE * 1.5, { align: 'right' });
  }
  return { pdf: doc.output('blob'), counts };
}

/** `ticket-1234-2026-11-25.pdf`: the ticket number and the day it opened. */
export function transcriptFileName(ticket: { sequentialId: number; storageDate: string }): string {
  return `ticket-${ticket.sequentialId}-${ticket.storageDate.slice(0, 10)}.pdf`;
}
