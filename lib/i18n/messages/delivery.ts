/** Where a sent message stands (delivery notifications), everywhere a message is sent. */
export const delivery = {
  es: {
    'delivery.pending': 'Enviando',
    'delivery.sent': 'Enviado',
    'delivery.delivered': 'Entregado',
    'delivery.read': 'Leído',
    'delivery.failed': 'No entregado',
    'delivery.reason': 'WhatsApp: {reason}',
    'delivery.windowClosed': 'La ventana de 24 h se cerró antes de que llegara: WhatsApp solo acepta un template.',
    'delivery.sendTemplate': 'Enviar como template',
  },
  pt_BR: {
    'delivery.pending': 'Enviando',
    'delivery.sent': 'Enviada',
    'delivery.delivered': 'Entregue',
    'delivery.read': 'Lida',
    'delivery.failed': 'Não entregue',
    'delivery.reason': 'WhatsApp: {reason}',
    'delivery.windowClosed': 'A janela de 24 h fechou antes da entrega: o WhatsApp só aceita um template.',
    'delivery.sendTemplate': 'Enviar como template',
  },
  en: {
    'delivery.pending': 'Sending',
    'delivery.sent': 'Sent',
    'delivery.delivered': 'Delivered',
    'delivery.read': 'Read',
    'delivery.failed': 'Not delivered',
    'delivery.reason': 'WhatsApp: {reason}',
    'delivery.windowClosed': 'The 24 h window had closed: WhatsApp only accepts a template.',
    'delivery.sendTemplate': 'Send as a template',
  },
} as const;
