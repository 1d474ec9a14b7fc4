import { defineMessages } from '../messages';

export const searchInputMessages = defineMessages({
  fi: {
    'searchInput.clear': "Tyhjennä haku",
    'searchInput.submit': "Hae",
    'searchInput.cleared': "Haku tyhjennetty",
  },
  sv: {
    'searchInput.clear': "Töm sökningen",
    'searchInput.submit': "Sök",
    'searchInput.cleared': "Sökningen tömd",
  },
  en: {
    'searchInput.clear': "Clear search",
    'searchInput.submit': "Search",
    'searchInput.cleared': "Search cleared",
  },
});
