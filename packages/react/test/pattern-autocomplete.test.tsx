// WCAG 1.3.5 (Identify Input Purpose) and 3.3.7 over every pattern story: each field that asks for the
// resident's own data carries the autocomplete token the HTML standard has for it, so browsers and password
// managers fill it in instead of the resident typing it again. The table maps a field's `name` to the token
// expected; a field whose label asks for personal data but whose name is not in the table fails too, so a new
// pattern field cannot go without a token unnoticed.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patternFile, patternModules as modules, patternStories, renderPatternStory } from './patternStories';

/** A field's `name` (any prefix such as `postal-` or `home.` allowed) → the tokens that fit it. */
export const expectedTokens: Array<[RegExp, string[]]> = [
  [/given-?name$|first-?name$/i, ['given-name']],
  [/family-?name$|last-?name$|surname$/i, ['family-name']],
  [/(^|[-._])(full-?)?name$/i, ['name']],
  [/e-?mail$/i, ['email']],
  [/phone$|tel$/i, ['tel', 'tel-national']],
  [/street(-?address)?$|address-?line-?1$/i, ['street-address', 'address-line1']],
  [/postal-?code$|zip$/i, ['postal-code']],
  [/city$|post-?office$|town$/i, ['address-level2']],
  [/(dob|birth|bday)[-._]?day$/i, ['bday-day']],
  [/(dob|birth|bday)[-._]?month$/i, ['bday-month']],
  [/(dob|birth|bday)[-._]?year$/i, ['bday-year']],
  [/one-?time-?code$|^code$/i, ['one-time-code']],
];

/**
 * Personal data with no token in the HTML standard: the field is exempt, for the reason given.
 * hetu: there is no autocomplete token for a national identity number.
 */
const noToken: Record<string, string> = { hetu: 'no token exists for a national identity number' };

/** Labels that ask for the resident's own data, in fi, sv and en. */
const personalLabel =
  /nimi|namn|\bname\b|osoite|adress|address|sähköposti|e-post|email|puhelin|telefon|phone|postinumero|postnummer|postal|postitoimipaikka|postort|\btown\b|\bcity\b|syntymä|födelse|birth|koodi\b|\bkod\b|\bcode\b/i;

const textControls = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).filter(
    (el) => !(el instanceof HTMLInputElement) || ['text', 'email', 'tel', 'url', 'search', 'password'].includes(el.type),
  );

/** The field's name as its labels give it: `<label for>`, `aria-label` and `aria-labelledby`. */
function fieldName(control: HTMLInputElement | HTMLTextAreaElement): string {
  const labelledBy = (control.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? control.ownerDocument.getElementById(id)?.textContent : ''));
  return [...Array.from(control.labels ?? [], (l) => l.textContent), control.getAttribute('aria-label'), ...labelledBy].filter(Boolean).join(' ');
}

/** The last word of the attribute: `section-home shipping street-address` → `street-address`. */
const token = (el: Element) => (el.getAttribute('autocomplete') ?? '').trim().split(/\s+/).pop() ?? '';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The fields of a rendered page that ask for personal data without the right token; counts the fields checked. */
function autocompleteProblems(container: HTMLElement, counter = { checked: 0 }): string[] {
  const problems: string[] = [];
  for (const control of textControls(container)) {
    const name = control.getAttribute('name') ?? '';
    const legend = control.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    const label = `${legend} ${fieldName(control)}`.trim();
    const rule = expectedTokens.find(([pattern]) => pattern.test(name));
    if (rule) {
      counter.checked++;
      if (!rule[1].includes(token(control))) {
        problems.push(`${name} ("${label}"): autocomplete="${control.getAttribute('autocomplete') ?? ''}", expected ${rule[1].join(' or ')}`);
      }
    } else if (!(name in noToken) && personalLabel.test(label)) {
      problems.push(`${name || '(no name)'} ("${label}") asks for personal data: add its token to the field and to the table`);
    }
  }
  return problems;
}

/** Personal-data fields checked per pattern file, over all its stories. */
const checked: Record<string, { checked: number }> = {};

describe('autocomplete tokens in the pattern stories (WCAG 1.3.5)', () => {
  const all = Object.entries(modules);
  it('finds the pattern stories', () => {
    expect(all.length).toBeGreaterThan(5);
  });
  for (const [file, mod] of all) {
    describe(file.replace('../../../docs/patterns/', ''), () => {
      for (const [storyName, Story] of Object.entries(patternStories(mod))) {
        it(`${storyName}: every personal-data field has its token`, () => {
          vi.spyOn(console, 'warn').mockImplementation(() => {});
          const { container } = renderPatternStory(Story);
          const problems = autocompleteProblems(container, (checked[file] ??= { checked: 0 }));
          expect(problems).toEqual([]);
        });
      }
    });
  }

  it('checked the fields of the patterns that ask for personal data', () => {
    for (const pattern of ['AskName', 'AskAddress', 'AskContactDetails', 'AskDateOfBirth', 'SignIn']) {
      const file = patternFile(pattern);
      if (pattern === 'SignIn' && !(file in modules)) continue;
      expect(checked[file]?.checked ?? 0, pattern).toBeGreaterThan(0);
    }
  });

  it('fails a field without its token, and a personal-data field missing from the table', () => {
    const { container } = render(
      <form>
        <label htmlFor="a">Sähköposti</label>
        <input id="a" name="email" type="email" />
        <label htmlFor="b">Kotiosoite</label>
        <input id="b" name="homeplace" />
        <label htmlFor="c">Sukunimi</label>
        <input id="c" name="familyName" autoComplete="section-x family-name" />
      </form>,
    );
    expect(autocompleteProblems(container)).toEqual([
      'email ("Sähköposti"): autocomplete="", expected email',
      'homeplace ("Kotiosoite") asks for personal data: add its token to the field and to the table',
    ]);
  });
});
