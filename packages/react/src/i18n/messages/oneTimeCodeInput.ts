import { defineMessages } from '../messages';

export const oneTimeCodeInputMessages = defineMessages({
  fi: {
    'oneTimeCodeInput.hint': "{length} numeroa",
    'oneTimeCodeInput.required': "Kirjoita koodi",
    'oneTimeCodeInput.length': "Kirjoita koodin {length} numeroa",
    'oneTimeCodeInput.digitsOnly': "Kirjoita koodiin vain numeroita",
    'oneTimeCodeInput.resend': "Etkö saanut koodia?",
  },
  sv: {
    'oneTimeCodeInput.hint': "{length} siffror",
    'oneTimeCodeInput.required': "Skriv koden",
    'oneTimeCodeInput.length': "Skriv kodens {length} siffror",
    'oneTimeCodeInput.digitsOnly': "Skriv bara siffror i koden",
    'oneTimeCodeInput.resend': "Fick du ingen kod?",
  },
  en: {
    'oneTimeCodeInput.hint': "{length} digits",
    'oneTimeCodeInput.required': "Enter the code",
    'oneTimeCodeInput.length': "Enter the {length} digits of the code",
    'oneTimeCodeInput.digitsOnly': "Enter only digits in the code",
    'oneTimeCodeInput.resend': "Did not get a code?",
  },
});
