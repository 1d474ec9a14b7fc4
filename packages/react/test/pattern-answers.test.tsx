// WCAG 3.3.7 (Redundant Entry) in the patterns without JavaScript: the server HTML of each page holds the answers
// given before (after a post that did not pass the check, or when the resident comes back with the Back link),
// the known name from sign-in is shown and posted as it is, and a second address can be the first one with one
// checkbox, which the server reads from a plain post. With JavaScript the story tests (stories project) check the
// same on the live pages: a failed check keeps what was typed, the checkbox hides the second address.
import { composeStories } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ComponentType } from 'react';

// Through import.meta.glob, as pattern-autocomplete.test.tsx: the docs are outside this package's TypeScript project.
const modules = import.meta.glob<Record<string, unknown>>('../../../docs/patterns/Ask{Address,ContactDetails,Name}.stories.tsx', { eager: true });
const load = (pattern: string) => modules[`../../../docs/patterns/${pattern}.stories.tsx`]!;
type Stories = Record<string, ComponentType<Record<string, unknown>>>;
const compose = (pattern: string) => composeStories(load(pattern) as Parameters<typeof composeStories>[0]) as Stories;
/** One story of a pattern, as a component; fails the test when the story is gone. */
function story(stories: Stories, storyName: string): ComponentType<Record<string, unknown>> {
  const found = stories[storyName];
  if (!found) throw new Error(`No story ${storyName}`);
  return found;
}
const address = compose('AskAddress');
const contact = compose('AskContactDetails');
const name = compose('AskName');
const AddressComingBack = story(address, 'ComingBack');
const PostalSameAsHome = story(address, 'PostalSameAsHome');
const ContactComingBack = story(contact, 'ComingBack');
const NameKnownFromSignIn = story(name, 'KnownFromSignIn');
type Address = { street: string; postalCode: string; city: string };
const addressStories = load('AskAddress') as { postalAddressFrom: (fd: FormData, home: Address) => Address };

/** The `<input>` tag named `field` in server HTML. */
const inputTag = (html: string, field: string) => new RegExp(`<input[^>]*name="${field}"[^>]*>`).exec(html)?.[0] ?? '';

describe('answers survive without JavaScript (WCAG 3.3.7)', () => {
  it('renders the address given before back into its fields', () => {
    const html = renderToString(<AddressComingBack />);
    expect(inputTag(html, 'street')).toContain('value="Pohjoisesplanadi 11"');
    expect(inputTag(html, 'postalCode')).toContain('value="00170"');
    expect(inputTag(html, 'city')).toContain('value="Helsinki"');
  });

  it('renders the contact details and the choice given before', () => {
    const html = renderToString(<ContactComingBack />);
    expect(inputTag(html, 'phone')).toContain('value="040 123 4567"');
    expect(html).toMatch(/<input[^>]*value="phone"[^>]*checked=""|<input[^>]*checked=""[^>]*value="phone"/);
  });

  it('shows the name known from sign-in with a link to change it, and posts it as it is', () => {
    const html = renderToString(<NameKnownFromSignIn />);
    expect(html).toContain('Nimesi on Maija Meikäläinen.');
    expect(html).toContain('href="?muuta=nimi"');
    expect(inputTag(html, 'givenName')).toMatch(/type="hidden"[^>]*value="Maija"|value="Maija"[^>]*type="hidden"/);
    expect(inputTag(html, 'familyName')).toContain('value="Meikäläinen"');
  });

  it('answers "change the name" with the fields filled with the known name', () => {
    const html = renderToString(<NameKnownFromSignIn editing />);
    expect(inputTag(html, 'givenName')).toContain('value="Maija"');
    expect(inputTag(html, 'givenName')).toMatch(/autocomplete="given-name"/i);
  });

  it('posts both addresses before JavaScript runs, and the server takes the home address when the box is checked', () => {
    const html = renderToString(<PostalSameAsHome />);
    // The second address is not hidden in the server HTML: it can be filled in without JavaScript.
    expect(html).not.toMatch(/<div hidden="">/);
    expect(inputTag(html, 'postal-street')).not.toBe('');
    expect(inputTag(html, 'postalSameAsHome')).toContain('value="yes"');

    const home = { street: 'Pohjoisesplanadi 11', postalCode: '00170', city: 'Helsinki' };
    const posted = new FormData();
    posted.set('postalSameAsHome', 'yes');
    posted.set('postal-street', 'PL 123');
    posted.set('postal-postalCode', '00101');
    posted.set('postal-city', 'Helsinki');
    expect(addressStories.postalAddressFrom(posted, home)).toEqual(home);
    posted.delete('postalSameAsHome');
    expect(addressStories.postalAddressFrom(posted, home)).toEqual({ street: 'PL 123', postalCode: '00101', city: 'Helsinki' });
  });
});
