/** The three demo numbers of the sandbox, with their keys and agents. */
export interface SandboxNumber {
  id: string;
  /** Bot identifier: the key is base64(identifier:accessKey), like Blip's. */
  identifier: string;
  accessKey: string;
  name: string;
  phone: string;
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
    locale: 'es',
    customerPrefix: '57',
    contacts: 1500,
    attendants: [
      { email: 'camila.gomez@demo.blip.ai', fullName: 'Camila Gómez', teams: ['Citas'], status: 'Online' },
      { email: 'andres.diaz@demo.blip.ai', fullName: 'Andrés Díaz', teams: ['Citas'], status: 'Offline' },
    ],
  },
];

export function authorizationOf(number: SandboxNumber): string {
  return `Key ${Buffer.from(`${number.identifier}:${number.accessKey}`).toString('base64')}`;
}

export function botIdentityOf(number: SandboxNumber): string {
  return `${number.identifier}@msging.net`;
}
