// The writing rules for built-in error messages, as code: the checks writing-rules.test.ts runs over every
// language and both registers, stated for people in docs/patterns/WritingGuidance.mdx. Pure, no React.
import type { AukioLocale } from './locales';

/**
 * Words that must not appear in an error message: GOV.UK's list (please, sorry, valid/invalid, oops, blame
 * words) and their Finnish and Swedish counterparts. Finnish and Swedish inflect, so theirs are word starts
 * ("virheelli" catches virheellinen, virheellisen, virheellisiä …); English ones are whole words.
 */
export const bannedWords: Record<AukioLocale, readonly string[]> = {
  en: ['please', 'sorry', 'valid', 'invalid', 'oops', 'forbidden', 'illegal', 'prohibited', 'you forgot', 'unfortunately'],
  fi: ['ole hyvä', 'olkaa hyvä', 'ystävällisesti', 'pahoittel', 'valitettavasti', 'virheelli', 'kelvolli', 'kelvoton', 'kelpaamat', 'hups', 'unohdit', 'kielletty', 'laiton'],
  sv: ['vänligen', 'var snäll', 'tyvärr', 'ursäkta', 'beklagar', 'ogiltig', 'giltig', 'hoppsan', 'du glömde', 'förbjud', 'olaglig'],
};

/** Verbs that start an instruction, in the imperative. A message may give one instruction. */
export const instructionVerbs: Record<AukioLocale, readonly string[]> = {
  en: ['enter', 'choose', 'select', 'check', 'try', 'tell', 'write', 'give', 'add', 'remove', 'use', 'type', 'fill', 'call', 'contact', 'wait', 'sign'],
  fi: ['kirjoita', 'valitse', 'tarkista', 'yritä', 'kerro', 'anna', 'lisää', 'poista', 'käytä', 'täytä', 'soita', 'ota', 'odota', 'kirjaudu'],
  sv: ['skriv', 'välj', 'kontrollera', 'försök', 'berätta', 'ange', 'lägg', 'ta', 'använd', 'fyll', 'ring', 'kontakta', 'vänta', 'logga'],
};

/** At most this many words; a `{placeholder}` counts as one word. */
export const maxErrorWords = 15;
/**
 * At most this many sentences: what happened, what was kept, what to do. Short sentences are plainer than one
 * long one joined with semicolons, so three short ones are allowed; the word limit keeps the whole short.
 */
export const maxErrorSentences = 3;

/**
 * Which catalogue keys are error messages: the last part of the key (before a plural `.one` / `.other`) ends in
 * `Error`, `error` or `Failed`, or is one of the validators' problem names below. `notification.error` is a
 * heading word, not a message, and is left out.
 */
const validatorProblems = /^(required|missing\w*|invalid\w*|notReal|tooEarly|tooLate|outOfRange|notInteger|tooSmall|tooLarge|step|wrongType|tooMany|over|unavailable|length|digitsOnly)$/;
const notMessages = new Set(['notification.error', 'field.required', 'field.errorPrefix']);
export function isErrorMessageKey(key: string): boolean {
  if (notMessages.has(key)) return false;
  const parts = key.split('.');
  if (parts[parts.length - 1] === 'one' || parts[parts.length - 1] === 'other') parts.pop();
  const last = parts.slice(1).join('.').split('.').pop() ?? '';
  if (/(Error|^error|Failed)$/.test(last)) return true;
  // A validator's problem: the namespace's own key (e.g. dateInput.tooLate, fileInput.tooMany.other).
  if (parts[0] === 'fileInput' && last === 'empty') return true;
  return validatorProblems.test(last) && parts.length === 2;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordStart = (w: string) => new RegExp(`(^|[^\\p{L}])${escape(w)}`, 'iu');
const wholeWord = (w: string) => new RegExp(`(^|[^\\p{L}])${escape(w)}($|[^\\p{L}])`, 'iu');

/** Words of a message, with a `{placeholder}` as one word. */
export function countWords(text: string): number {
  return text.replace(/\{\w+\}/g, 'X').split(/\s+/).filter((w) => /[\p{L}\p{N}X]/u.test(w)).length;
}

/** How many instructions a message gives: clauses (split at . ; : ! ? and ", or") that start with an imperative verb. */
export function countInstructions(text: string, locale: AukioLocale): number {
  const verbs = instructionVerbs[locale];
  return text
    .split(/[.;:!?]/)
    .map((clause) => clause.trim().toLowerCase().split(/\s+/)[0] ?? '')
    .filter((first) => verbs.includes(first)).length;
}

/**
 * The rules an error message breaks, as short reasons (empty when it keeps them all):
 * no banned word; at most 15 words; at most one instruction; at most three sentences; no exclamation mark.
 */
export function checkErrorMessage(text: string, locale: AukioLocale): string[] {
  const problems: string[] = [];
  for (const word of bannedWords[locale]) {
    const re = locale === 'en' ? wholeWord(word) : wordStart(word);
    if (re.test(text)) problems.push(`banned word "${word}"`);
  }
  const words = countWords(text);
  if (words > maxErrorWords) problems.push(`${words} words (at most ${maxErrorWords})`);
  const instructions = countInstructions(text, locale);
  if (instructions > 1) problems.push(`${instructions} instructions (at most one)`);
  const sentences = text.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length;
  if (sentences > maxErrorSentences) problems.push(`${sentences} sentences (at most ${maxErrorSentences}: what happened, what was kept, what to do)`);
  if (text.includes('!')) problems.push('exclamation mark');
  return problems;
}
