import { defineMessages } from '../messages';

export const languageSwitchMessages = defineMessages({
  fi: {
    'languageSwitch.label': "Kieli",
    'languageSwitch.changed': "Sivu näytetään nyt suomeksi",
  },
  sv: {
    'languageSwitch.label': "Språk",
    'languageSwitch.changed': "Sidan visas nu på svenska",
  },
  en: {
    'languageSwitch.label': "Language",
    'languageSwitch.changed': "The page is now in English",
  },
});
