import { defineMessages } from '../messages';

export const characterCountMessages = defineMessages({
  fi: {
    'characterCount.limit.one': "Voit kirjoittaa enintään {count} merkin",
    'characterCount.limit.other': "Voit kirjoittaa enintään {count} merkkiä",
    'characterCount.remaining.one': "Voit kirjoittaa vielä {count} merkin",
    'characterCount.remaining.other': "Voit kirjoittaa vielä {count} merkkiä",
    'characterCount.over.one': "Sinulla on {count} merkki liikaa",
    'characterCount.over.other': "Sinulla on {count} merkkiä liikaa",
  },
  sv: {
    'characterCount.limit.one': "Du kan skriva högst {count} tecken",
    'characterCount.limit.other': "Du kan skriva högst {count} tecken",
    'characterCount.remaining.one': "Du har {count} tecken kvar",
    'characterCount.remaining.other': "Du har {count} tecken kvar",
    'characterCount.over.one': "Du har {count} tecken för mycket",
    'characterCount.over.other': "Du har {count} tecken för mycket",
  },
  en: {
    'characterCount.limit.one': "You can enter up to {count} character",
    'characterCount.limit.other': "You can enter up to {count} characters",
    'characterCount.remaining.one': "You have {count} character remaining",
    'characterCount.remaining.other': "You have {count} characters remaining",
    'characterCount.over.one': "You have {count} character too many",
    'characterCount.over.other': "You have {count} characters too many",
  },
  plain: {
    fi: {
      'characterCount.over.one': "Poista {count} merkki",
      'characterCount.over.other': "Poista {count} merkkiä",
    },
    sv: {
      'characterCount.remaining.one': "Du kan skriva {count} tecken till",
      'characterCount.remaining.other': "Du kan skriva {count} tecken till",
      'characterCount.over.one': "Ta bort {count} tecken",
      'characterCount.over.other': "Ta bort {count} tecken",
    },
    en: {
      'characterCount.limit.one': "You can write {count} character at most",
      'characterCount.limit.other': "You can write {count} characters at most",
      'characterCount.remaining.one': "You can write {count} more character",
      'characterCount.remaining.other': "You can write {count} more characters",
      'characterCount.over.one': "Remove {count} character",
      'characterCount.over.other': "Remove {count} characters",
    },
  },
});
