import { describe, expect, it } from 'vitest';
import { isSendable, previewTemplate, templateContent, templateVariables, validateTemplateValues, type Template } from './templates';

const order: Template = {
  name: 'confirmacion_pedido',
  language: 'es_MX',
  status: 'APPROVED',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Pedido {{1}}' },
    { type: 'BODY', text: 'Hola {{1}}, su pedido {{2}} llega el {{3}}. Gracias, {{1}}.' },
    { type: 'FOOTER', text: 'Tienda Norte' },
  ],
};

describe('templates', () => {
  it('finds each placeholder once, header first', () => {
    expect(templateVariables(order).map((variable) => variable.key)).toEqual(['header.1', 'body.1', 'body.2', 'body.3']);
  });

  it('previews with the values and keeps empty placeholders visible', () => {
    expect(previewTemplate(order, { 'header.1': '#4532', 'body.1': 'José' })).toEqual({ header: 'Pedido #4532', body: 'Hola José, su pedido {{2}} llega el {{3}}. Gracias, José.', footer: 'Tienda Norte' });
  });

  it.each([
    [{}, { 'header.1': 'required', 'body.1': 'required', 'body.2': 'required', 'body.3': 'required' }],
    [{ 'header.1': 'x'.repeat(60), 'body.1': 'a', 'body.2': 'b', 'body.3': 'c' }, { 'header.1': 'too-long' }],
    [{ 'header.1': '#1', 'body.1': 'José\nÁlvarez', 'body.2': 'b', 'body.3': 'c' }, { 'body.1': 'template-whitespace' }],
    [{ 'header.1': '#1', 'body.1': 'a     b', 'body.2': 'b', 'body.3': 'c' }, { 'body.1': 'template-whitespace' }],
    [{ 'header.1': '#1', 'body.1': 'a', 'body.2': 'b'.repeat(1000), 'body.3': 'c' }, { 'body.1': 'body-too-long', 'body.2': 'body-too-long', 'body.3': 'body-too-long' }],
    [{ 'header.1': '#1', 'body.1': 'José 😊', 'body.2': '4532', 'body.3': 'lunes' }, {}],
  ])('validates %j', (values, problems) => {
    expect(validateTemplateValues(order, values)).toEqual(problems);
  });

  it('only approved templates can be sent', () => {
    expect(isSendable(order)).toBe(true);
    expect(isSendable({ ...order, status: 'REJECTED' })).toBe(false);
  });

  it('builds the active message content', () => {
    expect(templateContent(order, { 'header.1': '#1', 'body.1': ' José ', 'body.2': '4532', 'body.3': 'lunes' }, 'ns')).toEqual({
      type: 'template',
      template: {
        namespace: 'ns',
        name: 'confirmacion_pedido',
        language: { code: 'es_MX', policy: 'deterministic' },
        components: [
          { type: 'header', parameters: [{ type: 'text', text: '#1' }] },
          { type: 'body', parameters: [{ type: 'text', text: 'José' }, { type: 'text', text: '4532' }, { type: 'text', text: 'lunes' }] },
        ],
      },
    });
  });
});
