import { defineMessages } from '../messages';

export const headerMessages = defineMessages({
  fi: {
    'header.menu': "Valikko",
    'header.help': "Apua",
  },
  sv: {
    'header.menu': "Meny",
    'header.help': "Hjälp",
  },
  en: {
    'header.menu': "Menu",
    'header.help': "Help",
  },
});
