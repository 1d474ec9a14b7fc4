import { defineMessages } from '../messages';

export const dialogMessages = defineMessages({
  fi: {
    'dialog.close': "Sulje",
  },
  sv: {
    'dialog.close': "Stäng",
  },
  en: {
    'dialog.close': "Close",
  },
});
