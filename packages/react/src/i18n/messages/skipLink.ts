import { defineMessages } from '../messages';

export const skipLinkMessages = defineMessages({
  fi: {
    'skipLink.label': "Siirry pääsisältöön",
  },
  sv: {
    'skipLink.label': "Hoppa till huvudinnehållet",
  },
  en: {
    'skipLink.label': "Skip to main content",
  },
});
