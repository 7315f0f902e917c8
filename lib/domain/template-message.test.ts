import { describe, expect, it } from 'vitest';
import { awaitingReplySince, templateMessageText } from './template-message';
import type { Template } from './templates';

const order: Template = {
  name: 'confirmacion_pedido',
  language: 'es_MX',
  status: 'APPROVED',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Pedido {{1}}' },
    { type: 'BODY', text: 'Hola {{1}}, su pedido {{2}} llegará el {{3}}.' },
    { type: 'FOOTER', text: 'Responda si necesita ayuda.' },
  ],
};

const sent = (name: string, header: string[], body: string[]) => ({
  type: 'template',
  template: {
    name,
    language: { code: 'es_MX', policy: 'deterministic' },
    components: [
      { type: 'header', parameters: header.map((text) => ({ type: 'text', text })) },
      { type: 'body', parameters: body.map((text) => ({ type: 'text', text })) },
    ],
  },
});

describe('templateMessageText', () => {
  it('fills the template with the parameters the message carried', () => {
    expect(templateMessageText(sent('confirmacion_pedido', ['A-17'], ['Ana', 'A-17', 'lunes']), [order])).toEqual({
      name: 'confirmacion_pedido',
      header: 'Pedido A-17',
      body: 'Hola Ana, su pedido A-17 llegará el lunes.',
      footer: 'Responda si necesita ayuda.',
    });
  });

  it('lists the parameters when the template is not known', () => {
    expect(templateMessageText(sent('otro', [], ['Ana', 'mañana']), [order])).toEqual({ name: 'otro', body: 'Ana · mañana' });
  });

  it('is not a template for text, media or a malformed content', () => {
    for (const content of ['hola', null, { type: 'template' }, { type: 'template', template: { name: 3 } }, { uri: 'https://x' }]) {
      expect(templateMessageText(content, [order])).toBeUndefined();
    }
  });

  it('survives parameters of other kinds', () => {
    const content = { type: 'template', template: { name: 'confirmacion_pedido', components: [{ type: 'body', parameters: [{ type: 'image', image: {} }, null, { type: 'text', text: 'Ana' }] }] } };
    expect(templateMessageText(content, [order])?.body).toBe('Hola Ana, su pedido {{2}} llegará el {{3}}.');
  });
});

describe('awaitingReplySince', () => {
  const inbound = { direction: 'received', date: '2025-01-01T10:00:00.000Z', content: 'hola' };
  const template = { direction: 'sent', date: '2025-01-03T10:00:00.000Z', content: sent('confirmacion_pedido', [], []) };
  const bot = { direction: 'sent', date: '2025-01-03T10:00:01.000Z', content: 'gracias' };

  it('is the active message sent after the customer last wrote', () => {
    expect(awaitingReplySince([inbound, template, bot], Date.parse(inbound.date))).toBe(template.date);
  });

  it('is nothing once the customer answered, or without an active message', () => {
    const answer = { direction: 'received', date: '2025-01-04T10:00:00.000Z', content: 'sí' };
    expect(awaitingReplySince([inbound, template, answer], Date.parse(answer.date))).toBeUndefined();
    expect(awaitingReplySince([inbound, bot], Date.parse(inbound.date))).toBeUndefined();
  });

  it('counts an active message to a contact who never wrote', () => {
    expect(awaitingReplySince([template], undefined)).toBe(template.date);
  });
});
