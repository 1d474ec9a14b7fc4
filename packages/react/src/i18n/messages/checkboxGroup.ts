import { defineMessages } from '../messages';

export const checkboxGroupMessages = defineMessages({
  fi: {
    'checkboxGroup.divider': "tai",
    'checkboxGroup.exclusiveCleared': "Muiden vaihtoehtojen valinnat poistettiin.",
    'checkboxGroup.exclusiveUnchecked': "Valinta ”{label}” poistettiin.",
  },
  sv: {
    'checkboxGroup.divider': "eller",
    'checkboxGroup.exclusiveCleared': "De andra alternativen avmarkerades.",
    'checkboxGroup.exclusiveUnchecked': "”{label}” avmarkerades.",
  },
  en: {
    'checkboxGroup.divider': "or",
    'checkboxGroup.exclusiveCleared': "Other choices were unchecked.",
    'checkboxGroup.exclusiveUnchecked': "“{label}” was unchecked.",
  },
});
