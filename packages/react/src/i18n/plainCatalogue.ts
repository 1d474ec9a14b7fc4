// The plain register's whole table: every key of the standard catalogue, with each namespace's plain rewrites
// over the standard texts (a key without a rewrite was judged already plain). Kept apart from catalogue.ts so
// adding a namespace there is all a new component needs; its `plain` block is picked up here by itself.
import { allMessages, type AukioStrings } from './catalogue';
import type { AukioLocale } from './locales';
import { messagesFor, type Messages } from './messages';

const mergePlain = (locale: AukioLocale) =>
  Object.assign({}, ...(allMessages as readonly Messages[]).map((m) => messagesFor(m, locale, 'plain'))) as AukioStrings;

/** Every built-in text per locale in the plain register (selkokieli, lättläst, plain English). */
export const plainCatalogues: Record<AukioLocale, AukioStrings> = {
  fi: /* @__PURE__ */ mergePlain('fi'),
  sv: /* @__PURE__ */ mergePlain('sv'),
  en: /* @__PURE__ */ mergePlain('en'),
};
