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
});
