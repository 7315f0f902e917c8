import { describe, expect, it } from 'vitest';
import { isSendable, previewTemplate, templateVariables, unsupportedReason, validateTemplateValues, type Template } from './templates';
import { templateContent } from './template-content';

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
    expect(previewTemplate(order, { 'header.1': '#4532', 'body.1': 'José' })).toEqual({ header: 'Pedido #4532', body: 'Hola José, su pedido {{2}} llega el {{3}}. Gracias, José.', footer: 'Tienda Norte', buttons: [] });
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

  const shipment: Template = {
    name: 'envio_con_guia',
    language: 'es_MX',
    status: 'APPROVED',
    components: [
      { type: 'HEADER', format: 'IMAGE' },
      { type: 'BODY', text: 'Hola {{1}}, su paquete va en camino.' },
      { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Rastrear', url: 'https://envios.example.com/r/{{1}}' }, { type: 'QUICK_REPLY', text: 'Agente' }] },
    ],
  };

  it('asks for the media link and the URL button parameter, and checks the link', () => {
    expect(templateVariables(shipment).map((variable) => variable.key)).toEqual(['header.media', 'body.1', 'button.0.1']);
    expect(validateTemplateValues(shipment, { 'header.media': 'http://example.com/a.jpg', 'body.1': 'Ana', 'button.0.1': 'X1' })).toEqual({ 'header.media': 'media-url' });
    expect(validateTemplateValues(shipment, { 'header.media': 'https://cdn.example.com/guia.jpg', 'body.1': 'Ana', 'button.0.1': '' })).toEqual({ 'button.0.1': 'required' });
  });

  it('builds the media header by link and the URL button parameter', () => {
    expect(templateContent(shipment, { 'header.media': 'https://cdn.example.com/guia.jpg', 'body.1': 'Ana', 'button.0.1': 'AB12' }).template.components).toEqual([
      { type: 'header', parameters: [{ type: 'image', image: { link: 'https://cdn.example.com/guia.jpg' } }] },
      { type: 'body', parameters: [{ type: 'text', text: 'Ana' }] },
      { type: 'button', sub_type: 'url', index: 0, parameters: [{ type: 'text', text: 'AB12' }] },
    ]);
    const invoice: Template = { ...shipment, components: [{ type: 'HEADER', format: 'DOCUMENT' }, { type: 'BODY', text: 'Su factura' }] };
    expect(templateContent(invoice, { 'header.media': 'https://cdn.example.com/facturas/F-77%20mayo.pdf' }).template.components[0]).toEqual({ type: 'header', parameters: [{ type: 'document', document: { link: 'https://cdn.example.com/facturas/F-77%20mayo.pdf', filename: 'F-77 mayo.pdf' } }] });
  });

  it.each([
    [[{ type: 'HEADER', format: 'LOCATION' }], 'header-location'],
    [[{ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE', text: 'Copiar' }] }], 'button-type'],
    [[{ type: 'CAROUSEL' }], 'component-type'],
    [[{ type: 'BODY', text: 'ok' }], undefined],
  ])('refuses what it cannot build: %j → %s', (components, reason) => {
    expect(unsupportedReason({ ...shipment, components })).toBe(reason);
  });
});
