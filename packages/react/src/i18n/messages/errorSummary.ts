import { defineMessages } from '../messages';

export const errorSummaryMessages = defineMessages({
  fi: {
    'errorSummary.title': "Tarkista seuraavat kohdat",
  },
  sv: {
    'errorSummary.title': "Kontrollera följande",
  },
  en: {
    'errorSummary.title': "Check the following",
  },
});
