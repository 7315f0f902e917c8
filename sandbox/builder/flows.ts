/**
 * The Builder flow of each bot that has one: its flow identifier (Builder's settings → Flow
 * Identifier) and its blocks. A block marked `humanService` is Blip's "Atendimento humano" block: while
 * a customer's context points at it, what the customer writes goes to Desk.
 */
export interface SandboxFlow {
  flowId: string;
  /** The block a customer starts in (Builder's "Início"). */
  start: string;
  blocks: Array<{ id: string; title: string; humanService?: boolean }>;
  /** A service that reads its user states from the router's context ("Use router context"). */
  routerContext?: boolean;
}

const block = (id: string, title: string, humanService = false) => ({ id, title, humanService });

export const FLOWS: Record<string, SandboxFlow> = {
  norte: {
    flowId: '2f6b1c0e-5a41-4b8e-9d1e-7a0c3e9b1a01',
    start: 'onboarding',
    blocks: [block('onboarding', 'Inicio'), block('7d8e2b14-menu', 'Menú principal'), block('desk:3c1f9a77-0b2e-4d6a-9f51-8e2d4c6b7a10', 'Atención humana', true), block('fallback', 'Excepciones')],
  },
  sul: {
    flowId: '5e0d2c9a-1b7f-4c3a-8e6d-2b9f0a4c7d02',
    start: 'onboarding',
    blocks: [block('onboarding', 'Início'), block('4a1b9c2d-menu', 'Menu'), block('desk:9b2e7c41-5d3a-4f8b-a1c6-0e7d2f4b8c20', 'Atendimento humano', true), block('fallback', 'Exceções')],
  },
  andes: {
    flowId: '8c3a5e1f-2d9b-4a7c-b6e0-1f4d8a2c9e03',
    start: 'onboarding',
    blocks: [block('onboarding', 'Inicio'), block('desk:5f8a1d3c-7e2b-4c9a-8d0f-3b6e1a9c4d30', 'Atención humana', true)],
  },
  'centro-atencion': {
    flowId: 'b7e4d2a9-3c1f-4e8b-9a6d-5c2f8e1b4a04',
    start: 'onboarding',
    routerContext: true,
    blocks: [block('onboarding', 'Inicio'), block('desk:e2a9c7b1-4f3d-4b8e-a5c0-9d1f6e3b2a40', 'Atención en mostrador', true)],
  },
  'centro-menu': {
    flowId: 'c1d8f3b6-7a2e-4d9c-8b5f-0e3a6c9d2b05',
    start: 'onboarding',
    routerContext: true,
    blocks: [block('onboarding', 'Inicio'), block('9e4c1a7d-catalogo', 'Catálogo')],
  },
};

/** The human-service block of a bot's flow, if it has one. */
export function deskBlock(botId: string): string | undefined {
  return FLOWS[botId]?.blocks.find((candidate) => candidate.humanService)?.id;
}

/**
 * The flow as Builder stores it in the bot's bucket (`blip_portal:builder_working_flow`): one entry per
 * block, keyed by its id, with the fields the portal writes (`$title`, `root`, `$contentActions`…);
 * human-service blocks carry `deskStateVersion` and a `ForwardToDesk` entering action, as Builder's do.
 */
export function builderFlowDocument(flow: SandboxFlow): Record<string, unknown> {
  return Object.fromEntries(
    flow.blocks.map((item, index) => [
      item.id,
      {
        id: item.id,
        root: item.id === flow.start,
        $title: item.title,
        $position: { top: `${100 + index * 150}px`, left: '200px' },
        $contentActions: [{ input: { bypass: false, $cardContent: { document: { id: `${item.id}-input`, type: 'text/plain', content: 'Entrada do usuário' } } } }],
        $conditionOutputs: [],
        $enteringCustomActions: item.humanService ? [{ type: 'ForwardToDesk', settings: {} }] : [],
        $leavingCustomActions: [],
        $defaultOutput: { stateId: item.humanService ? item.id : 'onboarding' },
        ...(item.humanService ? { deskStateVersion: '3.0.0' } : {}),
      },
    ]),
  );
}
