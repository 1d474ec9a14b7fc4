// What Orca says on the help element (ServiceHelp, WCAG 3.2.6) and on a page that asks for sign-in: the heading
// and the phone number, read in its groups; the other ways to get the matter done come before the sign-in button.
import { describe, test } from 'vitest';
import { hear, unavailable } from './harness.ts';

describe.skipIf(unavailable)('help', () => {
  test('ServiceHelp (fi, en): the heading, and the phone link heard with its number in groups', async () => {
    await hear('components-servicehelp--default', [
      { key: 'h', hear: ['Tarvitsetko apua?', 'heading level 2'] },
      { key: 'Tab', hear: ['09 310 12345', 'link'] },
    ]);
    await hear('components-servicehelp--english', [
      { key: 'Tab', hear: ['09 310 12345', 'link'] },
      { key: 'shift+h', hear: ['Do you need help?', 'heading level 2'] },
    ]);
  });

  test('Sign-in required (en): the phone and Suomi.fi e-Authorization links are heard before the sign-in button', async () => {
    await hear('patterns-sign-in-required--english', [
      { key: 'Tab', hear: ['09 310 12345', 'link'], notHear: ['Sign in'] },
      { key: 'Tab', hear: ['Suomi.fi e-Authorizations', 'link'] },
      { key: 'Tab', hear: ['Sign in', 'link'] },
    ]);
  });
});
