import { defineMessages } from '../messages';

export const notificationMessages = defineMessages({
  fi: {
    'notification.info': "Tiedote",
    'notification.success': "Onnistui",
    'notification.warning': "Varoitus",
    'notification.error': "Virhe",
    'notification.close': "Sulje ilmoitus",
  },
  sv: {
    'notification.info': "Meddelande",
    'notification.success': "Lyckades",
    'notification.warning': "Varning",
    'notification.error': "Fel",
    'notification.close': "Stäng meddelandet",
  },
  en: {
    'notification.info': "Information",
    'notification.success': "Success",
    'notification.warning': "Warning",
    'notification.error': "Error",
    'notification.close': "Close notification",
  },
});
