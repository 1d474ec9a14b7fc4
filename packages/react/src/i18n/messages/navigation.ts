import { defineMessages } from '../messages';

export const navigationMessages = defineMessages({
  fi: {
    'navigation.label': "Päävalikko",
  },
  sv: {
    'navigation.label': "Huvudmeny",
  },
  en: {
    'navigation.label': "Main menu",
  },
});
