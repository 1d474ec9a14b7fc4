import { defineMessages } from '../messages';

export const summaryListMessages = defineMessages({
  fi: {
    'summaryList.change': "Muuta",
  },
  sv: {
    'summaryList.change': "Ändra",
  },
  en: {
    'summaryList.change': "Change",
  },
});
