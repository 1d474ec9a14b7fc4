import { defineMessages } from '../messages';

export const linkMessages = defineMessages({
  fi: {
    'link.newTab': "(avautuu uuteen välilehteen)",
    'link.external': "(ulkoinen sivusto)",
    'link.externalNewTab': "(ulkoinen sivusto, avautuu uuteen välilehteen)",
  },
  sv: {
    'link.newTab': "(öppnas i en ny flik)",
    'link.external': "(extern webbplats)",
    'link.externalNewTab': "(extern webbplats, öppnas i en ny flik)",
  },
  en: {
    'link.newTab': "(opens in a new tab)",
    'link.external': "(external site)",
    'link.externalNewTab': "(external site, opens in a new tab)",
  },
  plain: {
    fi: {
      'link.external': "(toinen verkkosivusto)",
      'link.externalNewTab': "(toinen verkkosivusto, avautuu uuteen välilehteen)",
    },
    sv: {
      'link.external': "(en annan webbplats)",
      'link.externalNewTab': "(en annan webbplats, öppnas i en ny flik)",
    },
    en: {
      'link.external': "(another website)",
      'link.externalNewTab': "(another website, opens in a new tab)",
    },
  },
});
