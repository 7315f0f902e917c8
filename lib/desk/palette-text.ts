/**
 * The few words the desk palette shows, in the extension's languages. Kept apart from the panel's
 * catalogue so the content script stays small.
 */
const TEXT = {
  es: {
    label: 'Respuestas listas',
    placeholder: 'Buscar respuesta lista',
    empty: 'Ninguna respuesta coincide.',
    none: 'Aún no hay respuestas listas. Créelas en el panel de Asistencia (Respuestas).',
    fill: 'Complete antes de insertar:',
    value: 'Valor de {name}',
    insert: 'Insertar',
    hint: '↑↓ elegir · Enter insertar · Esc cerrar',
    failed: 'No se pudieron cargar las respuestas listas. Cierre y vuelva a intentar.',
    copied: 'Este editor no aceptó la respuesta: quedó copiada. Péguela con Ctrl+V.',
    notInserted: 'Este editor no aceptó la respuesta y no se pudo copiar al portapapeles.',
  },
  pt_BR: {
    label: 'Respostas prontas',
    placeholder: 'Buscar resposta pronta',
    empty: 'Nenhuma resposta corresponde.',
    none: 'Ainda não há respostas prontas. Crie-as no painel da Assistência (Respostas).',
    fill: 'Preencha antes de inserir:',
    value: 'Valor de {name}',
    insert: 'Inserir',
    hint: '↑↓ escolher · Enter inserir · Esc fechar',
    failed: 'Não foi possível carregar as respostas prontas. Feche e tente de novo.',
    copied: 'Este editor não aceitou a resposta: ela foi copiada. Cole com Ctrl+V.',
    notInserted: 'Este editor não aceitou a resposta e não foi possível copiá-la para a área de transferência.',
  },
  en: {
    label: 'Ready replies',
    placeholder: 'Search ready replies',
    empty: 'No reply matches.',
    none: 'No ready replies yet. Create them in the Asistencia panel (Replies).',
    fill: 'Fill in before inserting:',
    value: 'Value of {name}',
    insert: 'Insert',
    hint: '↑↓ choose · Enter insert · Esc close',
    failed: 'Could not load the ready replies. Close and try again.',
    copied: 'This editor did not take the reply: it was copied instead. Paste it with Ctrl+V.',
    notInserted: 'This editor did not take the reply, and it could not be copied to the clipboard.',
  },
};

export type PaletteText = (typeof TEXT)['es'];

/** The palette's words for the extension's language setting (`auto` follows the browser). */
export function paletteText(language: string | undefined): PaletteText {
  const chosen = language && language !== 'auto' ? language : navigator.language;
  if (chosen.startsWith('pt')) return TEXT.pt_BR;
  if (chosen.startsWith('en')) return TEXT.en;
  return TEXT.es;
}
