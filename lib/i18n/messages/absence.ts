/** Agent absence (panel section, popup, banner). */
export const absence = {
  es: {
    'absence.title': 'Ausencia del agente',
    'absence.banner': 'Ausencia activa en {number}: los clientes reciben su mensaje de ausencia.',
  },
  pt_BR: {
    'absence.title': 'Ausência do agente',
    'absence.banner': 'Ausência ativa em {number}: os clientes recebem sua mensagem de ausência.',
  },
  en: {
    'absence.title': 'Agent absence',
    'absence.banner': 'Absence on for {number}: customers get your absence message.',
  },
} as const;
