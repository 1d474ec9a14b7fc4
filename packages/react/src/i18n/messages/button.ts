import { defineMessages } from '../messages';

export const buttonMessages = defineMessages({
  fi: {
    'button.loading': "Ladataan…",
  },
  sv: {
    'button.loading': "Laddar…",
  },
  en: {
    'button.loading': "Loading…",
  },
});
