/**
 * English catalogue. Every built-in string of every component lives in these catalogues, never in a
 * component. `{name}` placeholders are filled by `formatString`.
 */
export const en = {
  'field.optional': '(optional)',
  'field.required': '(required)',
  'field.errorPrefix': 'Error:',
  'button.loading': 'Loading…',
  'link.newTab': '(opens in a new tab)',
  'link.external': '(external site)',
  'link.externalNewTab': '(external site, opens in a new tab)',
  'skipLink.label': 'Skip to main content',
  // -- forms-a --
  // -- forms-b --
  // -- structure-a --
  // -- structure-b --
  // -- patterns-a --
  // -- patterns-b --
  // -- themes --
  // -- mydata --
} as const;

/** The shape every catalogue must have: the same keys as English, string values. */
export type AukioStrings = { [K in keyof typeof en]: string };
export type AukioStringKey = keyof AukioStrings;
