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
  plain: {
    fi: {
      'errorSummary.title': "Korjaa nämä kohdat",
    },
    sv: {
      'errorSummary.title': "Rätta det här",
    },
    en: {
      'errorSummary.title': "Fix these things",
    },
  },
});
