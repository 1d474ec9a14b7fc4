import { defineMessages } from '../messages';

export const alertDialogMessages = defineMessages({
  fi: {
    'alertDialog.cancel': "Peruuta",
  },
  sv: {
    'alertDialog.cancel': "Avbryt",
  },
  en: {
    'alertDialog.cancel': "Cancel",
  },
});
