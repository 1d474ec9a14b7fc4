import { defineMessages } from '../messages';

export const consentSettingsMessages = defineMessages({
  fi: {
    'consentSettings.legend': "Mihin annat suostumuksesi?",
    'consentSettings.hint': "Valitse tarkoitukset, jotka hyväksyt. Mitään ei ole valittu valmiiksi. Voit perua suostumuksen poistamalla valinnan ja tallentamalla.",
    'consentSettings.save': "Tallenna valinnat",
    'consentSettings.saved': "Valintasi on tallennettu.",
    'consentSettings.saveError': "Valintojen tallentaminen ei onnistunut. Yritä uudelleen.",
    'consentSettings.lastSaved': "Tallennettu viimeksi {date}.",
  },
  sv: {
    'consentSettings.legend': "Vad samtycker du till?",
    'consentSettings.hint': "Välj de ändamål du godkänner. Ingenting är förvalt. Du kan återkalla ett samtycke genom att avmarkera rutan och spara.",
    'consentSettings.save': "Spara valen",
    'consentSettings.saved': "Dina val har sparats.",
    'consentSettings.saveError': "Det gick inte att spara dina val. Försök igen.",
    'consentSettings.lastSaved': "Senast sparat {date}.",
  },
  en: {
    'consentSettings.legend': "What do you consent to?",
    'consentSettings.hint': "Choose the purposes you accept. Nothing is chosen in advance. To withdraw a consent, clear its box and save.",
    'consentSettings.save': "Save choices",
    'consentSettings.saved': "Your choices have been saved.",
    'consentSettings.saveError': "Your choices could not be saved. Try again.",
    'consentSettings.lastSaved': "Last saved {date}.",
  },
  plain: {
    fi: {
      'consentSettings.legend': "Mihin annat luvan?",
      'consentSettings.hint': "Valitse ne kohdat, joihin annat luvan. Voit perua luvan myöhemmin: poista rasti ja tallenna.",
      'consentSettings.saveError': "Valintoja ei voitu tallentaa. Yritä uudelleen.",
    },
    sv: {
      'consentSettings.legend': "Vad ger du tillstånd till?",
      'consentSettings.hint': "Välj det som du ger tillstånd till. Du kan ta tillbaka tillståndet senare: ta bort bocken och spara.",
    },
    en: {
      'consentSettings.legend': "What do you give permission for?",
      'consentSettings.hint': "Tick what you give permission for. You can take it back later: remove the tick and save.",
      'consentSettings.saveError': "We could not save your choices. Try again.",
    },
  },
});
