import { defineMessages } from '../messages';

export const passwordInputMessages = defineMessages({
  fi: {
    'passwordInput.show': "Näytä",
    'passwordInput.hide': "Piilota",
    'passwordInput.showLabel': "Näytä salasana",
    'passwordInput.hideLabel': "Piilota salasana",
    'passwordInput.shown': "Salasana näkyy",
    'passwordInput.hidden': "Salasana on piilotettu",
  },
  sv: {
    'passwordInput.show': "Visa",
    'passwordInput.hide': "Dölj",
    'passwordInput.showLabel': "Visa lösenordet",
    'passwordInput.hideLabel': "Dölj lösenordet",
    'passwordInput.shown': "Lösenordet visas",
    'passwordInput.hidden': "Lösenordet är dolt",
  },
  en: {
    'passwordInput.show': "Show",
    'passwordInput.hide': "Hide",
    'passwordInput.showLabel': "Show password",
    'passwordInput.hideLabel': "Hide password",
    'passwordInput.shown': "Your password is visible",
    'passwordInput.hidden': "Your password is hidden",
  },
});
