import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'OneTimeCodeInput',
  reviewed: '2026-12-07',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'One `<input>` with `<label for>`; the hint (number of digits) and the error in `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > is one field that phones and password managers can fill, with the number keyboard' },
        { kind: 'axe', ref: 'OneTimeCodeInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'OneTimeCodeInput.stories.tsx > *' },
      ],
    },
    {
      id: '1.3.5',
      status: 'supports',
      how: '`autocomplete="one-time-code"` is always set, so phones offer the code from the message.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > is one field that phones and password managers can fill, with the number keyboard' },
        { kind: 'manual', ref: 'iOS and Android offer the code from a text message above the keyboard' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'A short or mistyped code gets a message naming the number of digits; `aria-invalid`; the text is kept.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > says how many digits are missing when focus leaves a short code, keeps the text, and clears once fixed' },
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > drops spaces, hyphens and dashes and checks the number of digits, with messages in each language' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'Label required by the types; the hint says how many digits ("6 numeroa") unless the app gives its own.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > is one field that phones and password managers can fill, with the number keyboard' },
      ],
    },
    {
      id: '3.2.6',
      status: 'supports',
      how: '"Did not get a code?" is always right under the field (required by the types), in the same place on every page that asks for a code.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > always offers "Did not get a code?" under the field: a link, or a button that calls onResend' },
      ],
    },
    {
      id: '3.3.8',
      status: 'supports',
      how: 'One field, never one box per character (F109); paste and autofill are never blocked; spaces and hyphens in a pasted code are accepted; no maximum length cuts a pasted code.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > accepts a pasted code with a space: the field keeps "123 456" and the value is "123456"' },
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > accepts a typed code with spaces and hyphens' },
        { kind: 'unit-test', ref: 'OneTimeCodeInput.test.tsx > does not stop pasting' },
        { kind: 'manual', ref: 'A code copied from an email or text message pastes into the field on iOS, Android and desktop' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native text input; the resend action is a native link or button.',
      verifiedBy: [
        { kind: 'axe', ref: 'OneTimeCodeInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'OneTimeCodeInput.stories.tsx > *' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-onetimecodeinput--error: Tab, Tab; --english: Tab',
      '“Vahvistuskoodi entry 123 45 selected required. invalid entry. 6 numeroa Virhe: Kirjoita koodin 6 numeroa.” Next Tab: “Etkö saanut koodia? link.” English: “Confirmation code entry required. We sent the code by text message. The code has 6 digits.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: 'The field posts the code as typed ("123 456"); the server must normalise it with `validateOneTimeCode` before comparing.',
      criteria: ['3.3.8'],
      workaround: 'Call `validateOneTimeCode(formData.get(name), { length })` from `@aukio/react/server`.',
    },
  ],
});
