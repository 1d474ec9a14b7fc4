import { defineMessages } from '../messages';

export const paginationMessages = defineMessages({
  fi: {
    'pagination.label': "Sivutus",
    'pagination.previous': "Edellinen",
    'pagination.next': "Seuraava",
    'pagination.page': "Sivu {page}",
    'pagination.status': "Sivu {page} / {count}",
  },
  sv: {
    'pagination.label': "Sidnavigering",
    'pagination.previous': "Föregående",
    'pagination.next': "Nästa",
    'pagination.page': "Sida {page}",
    'pagination.status': "Sida {page} av {count}",
  },
  en: {
    'pagination.label': "Pagination",
    'pagination.previous': "Previous",
    'pagination.next': "Next",
    'pagination.page': "Page {page}",
    'pagination.status': "Page {page} of {count}",
  },
  plain: {
    fi: {
      'pagination.label': "Sivut",
    },
    sv: {
      'pagination.label': "Sidor",
    },
    en: {
      'pagination.label': "Pages",
    },
  },
});
