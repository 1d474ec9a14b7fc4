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
});
