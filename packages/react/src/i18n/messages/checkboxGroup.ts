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
  plain: {
    fi: {
      'checkboxGroup.exclusiveCleared': "Poistimme rastit muista vaihtoehdoista.",
      'checkboxGroup.exclusiveUnchecked': "Poistimme rastin kohdasta ”{label}”.",
    },
    sv: {
      'checkboxGroup.exclusiveCleared': "Vi tog bort bockarna från de andra alternativen.",
      'checkboxGroup.exclusiveUnchecked': "Vi tog bort bocken från ”{label}”.",
    },
    en: {
      'checkboxGroup.exclusiveCleared': "We removed the ticks from the other choices.",
      'checkboxGroup.exclusiveUnchecked': "We removed the tick from “{label}”.",
    },
  },
});
