import { defineMessages } from '../messages';

export const numberInputMessages = defineMessages({
  fi: {
    'numberInput.invalid': "Kirjoita luku numeroina, esimerkiksi {example}",
    'numberInput.notInteger': "Kirjoita kokonaisluku ilman desimaaleja, esimerkiksi {example}",
    'numberInput.tooSmall': "Kirjoita luku, joka on vähintään {min}",
    'numberInput.tooLarge': "Kirjoita luku, joka on enintään {max}",
    'numberInput.outOfRange': "Kirjoita luku väliltä {min}–{max}",
    'numberInput.step': "Kirjoita {lower} tai {upper} tai muu luku {step}:n välein",
  },
  sv: {
    'numberInput.invalid': "Skriv ett tal med siffror, till exempel {example}",
    'numberInput.notInteger': "Skriv ett heltal utan decimaler, till exempel {example}",
    'numberInput.tooSmall': "Skriv ett tal som är minst {min}",
    'numberInput.tooLarge': "Skriv ett tal som är högst {max}",
    'numberInput.outOfRange': "Skriv ett tal mellan {min} och {max}",
    'numberInput.step': "Skriv {lower} eller {upper}, eller ett annat tal i steg om {step}",
  },
  en: {
    'numberInput.invalid': "Enter a number using digits, for example {example}",
    'numberInput.notInteger': "Enter a whole number without decimals, for example {example}",
    'numberInput.tooSmall': "Enter a number that is {min} or more",
    'numberInput.tooLarge': "Enter a number that is {max} or less",
    'numberInput.outOfRange': "Enter a number between {min} and {max}",
    'numberInput.step': "Enter {lower} or {upper}, or another number in steps of {step}",
  },
  plain: {
    fi: {
      'numberInput.notInteger': "Kirjoita luku ilman pilkkua, esimerkiksi {example}",
      'numberInput.step': "Kirjoita {lower} tai {upper}. Luvun pitää kasvaa {step} kerrallaan",
    },
    sv: {
      'numberInput.notInteger': "Skriv ett tal utan komma, till exempel {example}",
      'numberInput.step': "Skriv {lower} eller {upper}. Talet ska öka med {step} i taget",
    },
    en: {
      'numberInput.invalid': "Write the number with digits, for example {example}",
      'numberInput.notInteger': "Write a whole number, for example {example}",
      'numberInput.tooSmall': "Write a number that is {min} or more",
      'numberInput.tooLarge': "Write a number that is {max} or less",
      'numberInput.outOfRange': "Write a number between {min} and {max}",
      'numberInput.step': "Write {lower} or {upper}. The number must go up by {step} at a time",
    },
  },
});
