import { defineMessages } from '../messages';

export const backLinkMessages = defineMessages({
  fi: {
    'backLink.label': "Takaisin",
  },
  sv: {
    'backLink.label': "Tillbaka",
  },
  en: {
    'backLink.label': "Back",
  },
});
