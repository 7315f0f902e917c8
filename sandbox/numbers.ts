/**
 * A bot of the sandbox and its key. The three demo numbers are plain bots that own their WhatsApp
 * number; Farmacia Centro is a router setup: the router owns the number and hands each customer to
 * one of its services (sub-bots) through tunnels, as Blip's Master template does.
 */
export interface SandboxNumber {
  id: string;
  /** Bot identifier: the key is base64(identifier:accessKey), like Blip's. */
  identifier: string;
  accessKey: string;
  name: string;
  /** The WhatsApp number the bot owns; empty for a service (sub-bot), which has no channel of its own. */
  phone: string;
  role: 'bot' | 'router' | 'service';
  /** A router's services: the name Builder's "redirect to a service" uses, and the bot. */
  services?: Array<{ service: string; bot: string; default?: boolean }>;
  /** A service's router. */
  router?: string;
  /** Desk's optional suffix of sequential ticket ids ("if configured"). */
  ticketSuffix?: string;
  locale: 'es' | 'pt';
  /** Country calling code and mobile prefix for generated customer numbers. */
  customerPrefix: string;
  contacts: number;
  attendants: Array<{ email: string; fullName: string; teams: string[]; status: 'Online' | 'Pause' | 'Invisible' | 'Offline' }>;
}

/** The demo agent: attendant on Tienda Norte and Loja Sul, manager (not an attendant) on Clínica Andes. */
export const SANDBOX_AGENT_EMAIL = 'agente@demo.blip.ai';

export const SANDBOX_NUMBERS: SandboxNumber[] = [
  {
    id: 'norte',
    identifier: 'tiendanorte',
    accessKey: 'bm9ydGUtc2FuZGJveC1rZXk=',
    name: 'Tienda Norte',
    phone: '+5215512345678',
    role: 'bot',
    ticketSuffix: 'TN',
    locale: 'es',
    customerPrefix: '521',
    contacts: 2500,
    attendants: [
      { email: SANDBOX_AGENT_EMAIL, fullName: 'Agente Demo', teams: ['Ventas'], status: 'Online' },
      { email: 'lucia.perez@demo.blip.ai', fullName: 'Lucía Pérez', teams: ['Ventas', 'Soporte'], status: 'Online' },
      { email: 'martin.rojas@demo.blip.ai', fullName: 'Martín Rojas', teams: ['Soporte'], status: 'Pause' },
    ],
  },
  {
    id: 'sul',
    identifier: 'lojasul',
    accessKey: 'c3VsLXNhbmRib3gta2V5',
    name: 'Loja Sul',
    phone: '+5511987654321',
    role: 'bot',
    locale: 'pt',
    customerPrefix: '55',
    contacts: 2000,
    attendants: [
      { email: SANDBOX_AGENT_EMAIL, fullName: 'Agente Demo', teams: ['Atendimento'], status: 'Online' },
      { email: 'joao.silva@demo.blip.ai', fullName: 'João Silva', teams: ['Atendimento'], status: 'Invisible' },
    ],
  },
  {
    id: 'andes',
    identifier: 'clinicaandes',
    accessKey: 'YW5kZXMtc2FuZGJveC1rZXk=',
    name: 'Clínica Andes',
    phone: '+5713001234567',
    role: 'bot',
    locale: 'es',
    customerPrefix: '57',
    contacts: 1500,
    attendants: [
      { email: 'camila.gomez@demo.blip.ai', fullName: 'Camila Gómez', teams: ['Citas'], status: 'Online' },
      { email: 'andres.diaz@demo.blip.ai', fullName: 'Andrés Díaz', teams: ['Citas'], status: 'Offline' },
    ],
  },
];

/**
 * Farmacia Centro, a router setup: the router owns the WhatsApp number, its templates and the
 * customers' contacts; the service "atencion" holds the Desk (tickets, attendants, replies) and knows
 * each customer by a tunnel identity; "menu" is the default service, an automated flow.
 */
export const SANDBOX_ROUTER_BOTS: SandboxNumber[] = [
  {
    id: 'centro',
    identifier: 'farmaciacentro',
    accessKey: 'Y2VudHJvLXJvdXRlci1rZXk=',
    name: 'Farmacia Centro',
    phone: '+5215587654321',
    role: 'router',
    services: [
      { service: 'menu', bot: 'centro-menu', default: true },
      { service: 'atencion', bot: 'centro-atencion' },
    ],
    locale: 'es',
    customerPrefix: '521',
    contacts: 400,
    attendants: [],
  },
  {
    id: 'centro-atencion',
    identifier: 'farmaciacentroatencion',
    accessKey: 'Y2VudHJvLWF0ZW5jaW9uLWtleQ==',
    name: 'Farmacia Centro · Atención',
    phone: '',
    role: 'service',
    router: 'centro',
    locale: 'es',
    customerPrefix: '521',
    contacts: 0,
    attendants: [
      { email: SANDBOX_AGENT_EMAIL, fullName: 'Agente Demo', teams: ['Mostrador'], status: 'Online' },
      { email: 'sofia.mendez@demo.blip.ai', fullName: 'Sofía Méndez', teams: ['Mostrador'], status: 'Online' },
    ],
  },
  {
    id: 'centro-menu',
    identifier: 'farmaciacentromenu',
    accessKey: 'Y2VudHJvLW1lbnUta2V5',
    name: 'Farmacia Centro · Menú',
    phone: '',
    role: 'service',
    router: 'centro',
    locale: 'es',
    customerPrefix: '521',
    contacts: 0,
    attendants: [],
  },
];

/** Every bot the sandbox answers for. */
export const SANDBOX_BOTS: SandboxNumber[] = [...SANDBOX_NUMBERS, ...SANDBOX_ROUTER_BOTS];

export function authorizationOf(number: SandboxNumber): string {
  return `Key ${Buffer.from(`${number.identifier}:${number.accessKey}`).toString('base64')}`;
}

export function botIdentityOf(number: SandboxNumber): string {
  return `${number.identifier}@msging.net`;
}
