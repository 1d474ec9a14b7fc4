import { defineMessages } from '../messages';

export const languageSwitchMessages = defineMessages({
  fi: {
    'languageSwitch.label': "Kieli",
  },
  sv: {
    'languageSwitch.label': "Språk",
  },
  en: {
    'languageSwitch.label': "Language",
  },
});
