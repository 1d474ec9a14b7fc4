import { defineMessages } from '../messages';

export const selectMessages = defineMessages({
  fi: {
    'select.placeholder': "Valitse",
  },
  sv: {
    'select.placeholder': "Välj",
  },
  en: {
    'select.placeholder': "Choose",
  },
});
