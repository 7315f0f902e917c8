import type { TranscriptData } from '../rpc/contracts/history';
import { agentEmailOf } from '../domain/agent-identity';
import { describeContent, pdfSafeText } from './pdf-text';

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
  customerName?: string;
}

const MARGIN = 40;
const LINE = 13;
const SYSTEM_TYPES = new Set(['application/vnd.iris.ticket+json', 'application/vnd.lime.redirect+json', 'application/vnd.lime.chatstate+json']);

/**
 * Renders a ticket transcript as a PDF (jsPDF is imported here only, so it loads on first download):
 * a header with the ticket's facts, then every message with its time, sender and wrapped text,
 * paginated, media as clickable links. Server text is drawn as text, never interpreted.
 */
export async function renderTranscript(data: TranscriptData, labels: TranscriptLabels): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  const width = doc.internal.pageSize.getWidth() - MARGIN * 2;
  const bottom = doc.internal.pageSize.getHeight() - MARGIN;
  let y = MARGIN;
  const ensure = (height: number) => {
    if (y + height > bottom) {
      doc.addPage();
      y = MARGIN;
    }
  };
  const write = (text: string, options: { bold?: boolean; size?: number; url?: string } = {}) => {
    doc.setFont('helvetica', options.bold ? 'bold' : 'normal');
    doc.setFontSize(options.size ?? 10);
    const lines = doc.splitTextToSize(pdfSafeText(text), width) as string[];
    for (const line of lines) {
      ensure(LINE);
      if (options.url) doc.textWithLink(line, MARGIN, y, { url: options.url });
      else doc.text(line, MARGIN, y);
      y += options.size ? options.size + 4 : LINE;
    }
  };

  const { ticket } = data;
  const agent = ticket.agentIdentity ? data.agentNames[ticket.agentIdentity] ?? agentEmailOf(ticket.agentIdentity) : '—';
  write(`${labels.title} #${ticket.sequentialId}`, { bold: true, size: 16 });
  write(`${labels.number}: ${data.numberName} (${labels.formatPhone(data.numberPhone)})`);
  write(`${labels.customer}: ${labels.customerName ? `${labels.customerName} · ` : ''}${labels.formatPhone(ticket.customerIdentity)}`);
  write(`${labels.agent}: ${agent}`);
  write(`${labels.opened}: ${ticket.openDate ? labels.formatDate(ticket.openDate) : labels.formatDate(ticket.storageDate)}`);
  write(`${labels.closed}: ${ticket.closeDate ? labels.formatDate(ticket.closeDate) : '—'}`);
  write(`${labels.status}: ${labels.statusName(ticket.status)}`);
  write(`${labels.tags}: ${ticket.tags?.length ? ticket.tags.join(', ') : '—'}`);
  y += LINE / 2;
  doc.setDrawColor(180);
  doc.line(MARGIN, y, MARGIN + width, y);
  y += LINE;

  for (const message of data.messages) {
    if (SYSTEM_TYPES.has(message.type)) continue;
    const human = message.metadata?.['#messageEmitter'] === 'Human';
    const sender = message.direction === 'received' ? labels.customerName ?? labels.customerSender : human ? agent : labels.botSender;
    ensure(LINE * 2);
    write(`${labels.formatDate(message.date)} · ${sender}`, { bold: true });
    const { text, url } = describeContent(message.type, message.content, labels);
    write(text, { url });
    y += LINE / 3;
  }

  const pages = doc.getNumberOfPages();
  for (let index = 1; index <= pages; index++) {
    doc.setPage(index);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.text(labels.page(index, pages), MARGIN + width, bottom + LINE * 1.5, { align: 'right' });
  }
  return doc.output('blob');
}

/** `ticket-1234-2026-11-25.pdf`: the ticket number and the day it opened. */
export function transcriptFileName(ticket: { sequentialId: number; storageDate: string }): string {
  return `ticket-${ticket.sequentialId}-${ticket.storageDate.slice(0, 10)}.pdf`;
}
