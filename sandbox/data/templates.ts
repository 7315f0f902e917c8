/** WhatsApp templates per number, approved and not (blip-api.md §10.1, Meta's shape). */
export interface SandboxTemplate {
  id: string;
  name: string;
  language: string;
  category: string;
  status: 'APPROVED' | 'REJECTED' | 'PENDING' | 'PAUSED';
  /** What Meta enforces when it has moved on from what Blip's list still shows (a list that lags). */
  whatsAppStatus?: 'APPROVED' | 'REJECTED' | 'PENDING' | 'PAUSED';
  components: Array<{ type: string; format?: string; text?: string; buttons?: Array<{ type: 'QUICK_REPLY' | 'URL' | 'PHONE_NUMBER'; text: string; url?: string; phone_number?: string }> }>;
}

const spanish = (prefix: string): SandboxTemplate[] => [
  {
    id: `${prefix}-1`,
    name: 'retomar_conversacion',
    language: 'es_MX',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [{ type: 'BODY', text: 'Hola {{1}}, le escribimos de {{2}} para dar seguimiento a su consulta. ¿Podemos continuar por aquí?' }],
  },
  {
    id: `${prefix}-2`,
    name: 'confirmacion_pedido',
    language: 'es_MX',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Pedido {{1}}' },
      { type: 'BODY', text: 'Hola {{1}}, su pedido {{2}} llegará el {{3}}. ¡Gracias por su compra!' },
      { type: 'FOOTER', text: 'Responda a este mensaje si necesita ayuda.' },
    ],
  },
  { id: `${prefix}-3`, name: 'promo_fin_de_ano', language: 'es_MX', category: 'MARKETING', status: 'REJECTED', components: [{ type: 'BODY', text: '¡{{1}}, 50% de descuento solo hoy!' }] },
  {
    id: `${prefix}-5`,
    name: 'envio_con_guia',
    language: 'es_MX',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [
      { type: 'HEADER', format: 'IMAGE' },
      { type: 'BODY', text: 'Hola {{1}}, su paquete ya va en camino. Le dejamos la foto de la guía.' },
      { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Rastrear envío', url: 'https://envios.example.com/rastreo/{{1}}' }, { type: 'QUICK_REPLY', text: 'Hablar con un agente' }] },
    ],
  },
  {
    id: `${prefix}-6`,
    name: 'factura_pdf',
    language: 'es_MX',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [
      { type: 'HEADER', format: 'DOCUMENT' },
      { type: 'BODY', text: 'Hola {{1}}, adjuntamos su factura del pedido {{2}}.' },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Recibido' }, { type: 'PHONE_NUMBER', text: 'Llamar', phone_number: '+525512345678' }] },
    ],
  },
  { id: `${prefix}-4`, name: 'encuesta_satisfaccion', language: 'es_MX', category: 'MARKETING', status: 'PENDING', components: [{ type: 'BODY', text: '¿Cómo calificaría nuestra atención, {{1}}?' }] },
];

const portuguese: SandboxTemplate[] = [
  {
    id: 'sul-1',
    name: 'retomar_conversa',
    language: 'pt_BR',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [{ type: 'BODY', text: 'Olá {{1}}, aqui é da {{2}}. Podemos continuar o seu atendimento por aqui?' }],
  },
  { id: 'sul-2', name: 'oferta_black_friday', language: 'pt_BR', category: 'MARKETING', status: 'REJECTED', components: [{ type: 'BODY', text: '{{1}}, tudo com 70% off!' }] },
];

/** Templates belong to the bot that owns the WhatsApp number: in a router setup, the router. */
export const TEMPLATES: Record<string, SandboxTemplate[]> = { norte: spanish('norte'), sul: portuguese, andes: spanish('andes'), centro: spanish('centro') };
