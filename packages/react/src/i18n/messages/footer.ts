import { defineMessages } from '../messages';

export const footerMessages = defineMessages({
  fi: {
    'footer.serviceLinks': "Tietoa palvelusta",
    'footer.accessibilityStatement': "Saavutettavuusseloste",
    'footer.feedback': "Anna palautetta",
  },
  sv: {
    'footer.serviceLinks': "Om tjänsten",
    'footer.accessibilityStatement': "Tillgänglighetsutlåtande",
    'footer.feedback': "Ge respons",
  },
  en: {
    'footer.serviceLinks': "About this service",
    'footer.accessibilityStatement': "Accessibility statement",
    'footer.feedback': "Give feedback",
  },
});
