import { defineMessages } from '../messages';

export const comboboxMessages = defineMessages({
  fi: {
    'combobox.showOptions': "Näytä vaihtoehdot",
    'combobox.noResults': "Ei tuloksia",
    'combobox.results.one': "{count} tulos saatavilla",
    'combobox.results.other': "{count} tulosta saatavilla",
    'combobox.loading': "Ladataan vaihtoehtoja…",
    'combobox.error': "Vaihtoehtojen lataaminen epäonnistui.",
    'combobox.retry': "Yritä uudelleen",
  },
  sv: {
    'combobox.showOptions': "Visa alternativ",
    'combobox.noResults': "Inga resultat",
    'combobox.results.one': "{count} resultat tillgängligt",
    'combobox.results.other': "{count} resultat tillgängliga",
    'combobox.loading': "Alternativen laddas…",
    'combobox.error': "Alternativen kunde inte laddas.",
    'combobox.retry': "Försök igen",
  },
  en: {
    'combobox.showOptions': "Show options",
    'combobox.noResults': "No results",
    'combobox.results.one': "{count} result available",
    'combobox.results.other': "{count} results available",
    'combobox.loading': "Loading options…",
    'combobox.error': "The options could not be loaded.",
    'combobox.retry': "Try again",
  },
  plain: {
    fi: {
      'combobox.error': "Vaihtoehtoja ei voitu ladata.",
      'combobox.results.one': "{count} tulos",
      'combobox.results.other': "{count} tulosta",
    },
    sv: {
      'combobox.error': "Vi kunde inte ladda alternativen.",
      'combobox.results.one': "{count} resultat",
      'combobox.results.other': "{count} resultat",
    },
    en: {
      'combobox.error': "We could not load the options.",
      'combobox.results.one': "{count} result",
      'combobox.results.other': "{count} results",
    },
  },
});
