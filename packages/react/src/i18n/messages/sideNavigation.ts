import { defineMessages } from '../messages';

export const sideNavigationMessages = defineMessages({
  fi: {
    'sideNavigation.label': "Osion valikko",
    'sideNavigation.subpages': "Alasivut:",
  },
  sv: {
    'sideNavigation.label': "Avsnittsmeny",
    'sideNavigation.subpages': "Undersidor:",
  },
  en: {
    'sideNavigation.label': "Section menu",
    'sideNavigation.subpages': "Subpages:",
  },
  plain: {
    fi: {
      'sideNavigation.label': "Tämän osion sivut",
    },
    sv: {
      'sideNavigation.label': "Sidor i det här avsnittet",
    },
    en: {
      'sideNavigation.label': "Pages in this section",
    },
  },
});
