import { renderTranscript, type TranscriptLabels } from '../../lib/pdf/transcript-pdf';
import type { TranscriptData } from '../../lib/rpc/contracts/history';

const LINES = [
  'Hola, ¿cómo están? Quiero saber el estado de mi pedido 📦 número 4532, lo compré el martes pasado en la sucursal de Guadalajara.',
  'Perfecto, ya revisé: su pedido sale hoy por paquetería. Le comparto la guía en cuanto la tenga.',
  'Olá! Gostaria de trocar o tamanho da camisa 👕, a que recebi ficou pequena. É possível?',
  '<script>alert("hola")</script> esto apareció en el formulario de su sitio',
];

/** A transcript with `count` messages: customer, bot and agent turns, some media links. */
function transcript(count: number): TranscriptData {
  const start = Date.parse('2026-11-20T12:00:00Z');
  return {
    ticket: { id: 't', sequentialId: 4321, customerIdentity: '5511987654321@wa.gw.msging.net', agentIdentity: 'ana%40demo.blip.ai@blip.ai', status: 'ClosedAttendant', storageDate: '2026-11-20T12:00:00Z', openDate: '2026-11-20T12:05:00Z', closeDate: '2026-11-20T18:00:00Z', tags: ['Envío', 'VIP'] },
    numberName: 'Tienda Norte',
    numberPhone: '+5215512345678',
    agentNames: { 'ana%40demo.blip.ai@blip.ai': 'Ana Souza' },
    messages: Array.from({ length: count }, (_, index) => ({
      id: `m${index}`,
      direction: index % 3 === 0 ? ('received' as const) : ('sent' as const),
      type: index % 25 === 0 ? 'application/vnd.lime.media-link+json' : 'text/plain',
      content: index % 25 === 0 ? { uri: `https://media.example.com/${index}.jpg`, title: `foto-${index}.jpg` } : LINES[index % LINES.length],
      date: new Date(start + index * 20_000).toISOString(),
      metadata: (index % 3 === 2 ? { '#messageEmitter': 'Human' } : {}) as Record<string, string>,
    })),
  };
}

const labels: TranscriptLabels = {
  title: 'Ticket', number: 'Número', customer: 'Cliente', agent: 'Agente', opened: 'Abierto', closed: 'Cerrado', status: 'Estado', tags: 'Etiquetas',
  customerSender: 'Cliente', botSender: 'Bot', media: 'Archivo', unsupported: 'Contenido',
  page: (current, total) => `Página ${current} de ${total}`,
  statusName: (status) => status,
  formatDate: (iso) => new Date(iso).toLocaleString('es'),
  formatPhone: (value) => value,
  marks: (counts) => `Marcas: ${counts.controls} + ${counts.unsupported}`,
};

declare global {
  interface Window {
    bench: { prepare(count: number): void; render(): Promise<{ ms: number; bytes: number }>; release(): void };
  }
}

let data: TranscriptData | undefined;
let output: Blob | undefined;

window.bench = {
  /** Builds the input first, so the measured heap growth is the renderer's own. */
  prepare(count) {
    data = transcript(count);
  },
  async render() {
    const started = performance.now();
    output = (await renderTranscript(data!, labels)).pdf;
    return { ms: performance.now() - started, bytes: output.size };
  },
  release() {
    data = undefined;
    output = undefined;
  },
};
