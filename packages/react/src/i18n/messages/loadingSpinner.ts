import { defineMessages } from '../messages';

export const loadingSpinnerMessages = defineMessages({
  fi: {
    'loadingSpinner.label': "Ladataan",
  },
  sv: {
    'loadingSpinner.label': "Laddar",
  },
  en: {
    'loadingSpinner.label': "Loading",
  },
});
