import { defineMessages } from '../messages';

export const toastMessages = defineMessages({
  fi: {
    'toast.region': "Ilmoitukset",
    'toast.close': "Sulje ilmoitus",
  },
  sv: {
    'toast.region': "Aviseringar",
    'toast.close': "Stäng meddelandet",
  },
  en: {
    'toast.region': "Notifications",
    'toast.close': "Close notification",
  },
});
