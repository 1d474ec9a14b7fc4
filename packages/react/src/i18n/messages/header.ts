import { defineMessages } from '../messages';

export const headerMessages = defineMessages({
  fi: {
    'header.menu': "Valikko",
  },
  sv: {
    'header.menu': "Meny",
  },
  en: {
    'header.menu': "Menu",
  },
});
