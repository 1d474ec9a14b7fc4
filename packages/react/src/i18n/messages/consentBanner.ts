import { defineMessages } from '../messages';

export const consentBannerMessages = defineMessages({
  fi: {
    'consentBanner.title': "Evästeet ja suostumukset",
    'consentBanner.description': "Käytämme välttämättömiä evästeitä, jotta palvelu toimii. Muuhun käyttöön, kuten kävijätilastointiin, tarvitsemme suostumuksesi. Mitään ei oteta käyttöön ennen kuin valitset, ja voit muuttaa valintaasi milloin tahansa evästeasetuksista.",
    'consentBanner.acceptAll': "Hyväksy kaikki",
    'consentBanner.rejectAll': "Hylkää kaikki",
    'consentBanner.choose': "Valitse itse",
    'consentBanner.close': "Sulje",
    'consentBanner.saved': "Valintasi on tallennettu.",
    'consentBanner.policyLink': "Lue tietosuojaseloste",
    'consentBanner.settingsLink': "Evästeasetukset",
  },
  sv: {
    'consentBanner.title': "Kakor och samtycke",
    'consentBanner.description': "Vi använder nödvändiga kakor för att tjänsten ska fungera. För annat, till exempel besöksstatistik, behöver vi ditt samtycke. Ingenting aktiveras innan du har valt, och du kan ändra ditt val när som helst i inställningarna för kakor.",
    'consentBanner.acceptAll': "Godkänn alla",
    'consentBanner.rejectAll': "Avvisa alla",
    'consentBanner.choose': "Välj själv",
    'consentBanner.close': "Stäng",
    'consentBanner.saved': "Dina val har sparats.",
    'consentBanner.policyLink': "Läs dataskyddsbeskrivningen",
    'consentBanner.settingsLink': "Inställningar för kakor",
  },
  en: {
    'consentBanner.title': "Cookies and consent",
    'consentBanner.description': "We use necessary cookies to make this service work. For anything else, such as visitor statistics, we need your consent. Nothing is switched on until you choose, and you can change your choice at any time in the cookie settings.",
    'consentBanner.acceptAll': "Accept all",
    'consentBanner.rejectAll': "Reject all",
    'consentBanner.choose': "Choose",
    'consentBanner.close': "Close",
    'consentBanner.saved': "Your choices have been saved.",
    'consentBanner.policyLink': "Read the privacy notice",
    'consentBanner.settingsLink': "Cookie settings",
  },
});
