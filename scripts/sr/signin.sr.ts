// Sign-in: the one-time code field as Orca hears it. One field (never one box per character), named by its
// label, an entry, required, with its hint (the number of digits) and its error; Tab then reaches the
// "Did not get a code?" link right under it.
import { describe, test } from 'vitest';
import { hear, unavailable } from './harness.ts';

describe.skipIf(unavailable)('sign-in', () => {
  test('OneTimeCodeInput with an error (fi): name, entry, required, invalid entry, the hint and the error; then the resend link', async () => {
    await hear('components-onetimecodeinput--error', [
      { key: 'Tab', hear: ['Vahvistuskoodi', 'entry', 'required', 'invalid entry', '6 numeroa', 'Virhe: Kirjoita koodin 6 numeroa'] },
      { key: 'Tab', hear: ['Etkö saanut koodia?', 'link'], notHear: ['Virhe:'] },
    ]);
  });

  test('OneTimeCodeInput (en): name, entry, required and the hint', async () => {
    await hear('components-onetimecodeinput--english', [
      { key: 'Tab', hear: ['Confirmation code', 'entry', 'required', 'We sent the code by text message. The code has 6 digits.'], notHear: ['invalid'] },
    ]);
  });
});
