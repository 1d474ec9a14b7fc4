import { defineMessages } from '../messages';

export const fieldMessages = defineMessages({
  fi: {
    'field.optional': "(valinnainen)",
    'field.required': "(pakollinen)",
    'field.errorPrefix': "Virhe:",
  },
  sv: {
    'field.optional': "(frivillig)",
    'field.required': "(obligatorisk)",
    'field.errorPrefix': "Fel:",
  },
  en: {
    'field.optional': "(optional)",
    'field.required': "(required)",
    'field.errorPrefix': "Error:",
  },
});
