/** What the UI says when something fails to load, draw or read: broken sections, slow Blip, damaged records. */
export const robustness = {
  es: {
    'boundary.failed': 'No se pudo mostrar {name}: {error}',
    'boundary.reload': 'Recargar sección',
    'boundary.page': 'esta página',
  },
  pt_BR: {
    'boundary.failed': 'Não foi possível mostrar {name}: {error}',
    'boundary.reload': 'Recarregar seção',
    'boundary.page': 'esta página',
  },
  en: {
    'boundary.failed': 'Could not show {name}: {error}',
    'boundary.reload': 'Reload section',
    'boundary.page': 'this page',
  },
} as const;
