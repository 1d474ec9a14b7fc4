import type { AukioStrings } from './en';

/** Svensk katalog. */
export const sv: AukioStrings = {
  'field.optional': '(frivillig)',
  'field.required': '(obligatorisk)',
  'field.errorPrefix': 'Fel:',
  'button.loading': 'Laddar…',
  'link.newTab': '(öppnas i en ny flik)',
  'link.external': '(extern webbplats)',
  'link.externalNewTab': '(extern webbplats, öppnas i en ny flik)',
  'skipLink.label': 'Hoppa till huvudinnehållet',
  // -- forms-a --
  // -- forms-b --
  // -- structure-a --
  // -- structure-b --
  // -- patterns-a --
  // -- patterns-b --
  // -- themes --
  // -- mydata --
};
