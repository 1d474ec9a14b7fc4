// WCAG 3.1.5 Reading Level (AAA) in the conformance records of the components whose built-in texts have plain
// rewrites: one honest wording, kept in one place so every record says the same.
import type { CriterionRecord } from '../internal/conformance';

/**
 * The 3.1.5 record for a component with plain-register texts. `rewritten` names what was rewritten, e.g.
 * "The error messages". Partially supports: the texts are written to the rules and tested, but a trained
 * selko reviewer has not yet read them, and the app's own texts (labels, hints, page content) are the app's.
 */
export function plainLanguageCriterion(rewritten: string): CriterionRecord {
  return {
    id: '3.1.5',
    status: 'partially-supports',
    how:
      `${rewritten} have a plain register (selkokieli, lättläst, plain English), shown when the app passes ` +
      "register=\"plain\" to AukioProvider or the reader turns on Plain language in ReadingPreferences. The Aukio " +
      'team wrote them to the writing rules; a trained selkokieli or lättläst reviewer has not yet read them, so ' +
      'they are not checked against Selkokielen mittari. Labels, hints and page text the app passes in are its own.',
    verifiedBy: [
      { kind: 'unit-test', ref: 'packages/react/src/i18n/writing-rules.test.tsx > shows one text, in the register, at the field and in the summary' },
      { kind: 'unit-test', ref: 'packages/react/src/ReadingPreferences/ReadingPreferences.test.tsx > turns the built-in texts of the whole page into plain language, with no wiring in the app, and saves it' },
      { kind: 'manual', ref: 'A trained selkokieli / lättläst reviewer (Selkokeskus, LL-Center) reads the plain texts: not yet done' },
    ],
  };
}
