import { defineMessages } from '../messages';

export const breadcrumbMessages = defineMessages({
  fi: {
    'breadcrumb.label': "Murupolku",
  },
  sv: {
    'breadcrumb.label': "Brödsmulor",
  },
  en: {
    'breadcrumb.label': "Breadcrumb",
  },
  plain: {
    fi: {
      'breadcrumb.label': "Olet tässä",
    },
    sv: {
      'breadcrumb.label': "Du är här",
    },
    en: {
      'breadcrumb.label': "You are here",
    },
  },
});
