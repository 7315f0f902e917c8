/** The narrow panel's frame and the words its cards and views share. */
export const layout = {
  es: {
    'shell.openDesk': 'Abrir Blip Desk',
    'shell.desk': 'Desk',
    'common.back': 'Volver',
    'common.showMore': 'Ver más',
    'common.showLess': 'Ver menos',
  },
  pt_BR: {
    'shell.openDesk': 'Abrir o Blip Desk',
    'shell.desk': 'Desk',
    'common.back': 'Voltar',
    'common.showMore': 'Ver mais',
    'common.showLess': 'Ver menos',
  },
  en: {
    'shell.openDesk': 'Open Blip Desk',
    'shell.desk': 'Desk',
    'common.back': 'Back',
    'common.showMore': 'Show more',
    'common.showLess': 'Show less',
  },
};
