import { defineMessages } from '../messages';

export const popoverMessages = defineMessages({
  fi: {
    'popover.close': "Sulje",
  },
  sv: {
    'popover.close': "Stäng",
  },
  en: {
    'popover.close': "Close",
  },
});
