import type { AukioStrings } from './en';

/** Suomenkielinen luettelo. */
export const fi: AukioStrings = {
  'field.optional': '(valinnainen)',
  'field.required': '(pakollinen)',
  'field.errorPrefix': 'Virhe:',
  'button.loading': 'Ladataan…',
  'link.newTab': '(avautuu uuteen välilehteen)',
  'link.external': '(ulkoinen sivusto)',
  'link.externalNewTab': '(ulkoinen sivusto, avautuu uuteen välilehteen)',
  'skipLink.label': 'Siirry pääsisältöön',
  // -- forms-a --
  // -- forms-b --
  // -- structure-a --
  // -- structure-b --
  // -- patterns-a --
  // -- patterns-b --
  // -- themes --
  // -- mydata --
};
