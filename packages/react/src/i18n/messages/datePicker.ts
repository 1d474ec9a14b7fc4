import { defineMessages } from '../messages';

export const datePickerMessages = defineMessages({
  fi: {
    'datePicker.open': "Valitse päivämäärä",
    'datePicker.openWithLabel': "Valitse päivämäärä: {label}",
    'datePicker.previousYear': "Edellinen vuosi",
    'datePicker.previousMonth': "Edellinen kuukausi",
    'datePicker.nextMonth': "Seuraava kuukausi",
    'datePicker.nextYear': "Seuraava vuosi",
    'datePicker.cancel': "Peruuta",
    'datePicker.unavailableDay': "{date}, ei valittavissa",
    'datePicker.outOfRangeDay': "{date}, ei valittavissa, sallitun aikavälin ulkopuolella",
    'datePicker.unavailable': "{date} ei ole valittavissa. Valitse toinen päivä",
    'datePicker.chosen': "Valittu päivä: {date}",
  },
  sv: {
    'datePicker.open': "Välj datum",
    'datePicker.openWithLabel': "Välj datum: {label}",
    'datePicker.previousYear': "Föregående år",
    'datePicker.previousMonth': "Föregående månad",
    'datePicker.nextMonth': "Nästa månad",
    'datePicker.nextYear': "Nästa år",
    'datePicker.cancel': "Avbryt",
    'datePicker.unavailableDay': "{date}, kan inte väljas",
    'datePicker.outOfRangeDay': "{date}, kan inte väljas, utanför den tillåtna perioden",
    'datePicker.unavailable': "{date} kan inte väljas. Välj en annan dag",
    'datePicker.chosen': "Valt datum: {date}",
  },
  en: {
    'datePicker.open': "Choose date",
    'datePicker.openWithLabel': "Choose date: {label}",
    'datePicker.previousYear': "Previous year",
    'datePicker.previousMonth': "Previous month",
    'datePicker.nextMonth': "Next month",
    'datePicker.nextYear': "Next year",
    'datePicker.cancel': "Cancel",
    'datePicker.unavailableDay': "{date}, not available",
    'datePicker.outOfRangeDay': "{date}, not available, outside the allowed period",
    'datePicker.unavailable': "{date} is not available. Choose another day",
    'datePicker.chosen': "Date chosen: {date}",
  },
  plain: {
    fi: {
      'datePicker.outOfRangeDay': "{date}, tätä päivää ei voi valita",
      'datePicker.unavailable': "Päivää {date} ei voi valita. Valitse toinen päivä",
    },
    sv: {
      'datePicker.outOfRangeDay': "{date}, den här dagen går inte att välja",
      'datePicker.unavailable': "Du kan inte välja {date}. Välj en annan dag",
    },
    en: {
      'datePicker.outOfRangeDay': "{date}, you cannot choose this day",
      'datePicker.unavailable': "You cannot choose {date}. Choose another day",
    },
  },
});
