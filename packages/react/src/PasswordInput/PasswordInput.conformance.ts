import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'PasswordInput',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; hint and error in `aria-describedby`; the button `aria-controls` the field.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PasswordInput.test.tsx > is a labelled password field that keeps autoComplete' },
        { kind: 'unit-test', ref: 'PasswordInput.test.tsx > describes hint and error, and forwards ref and handlers (react-hook-form register)' },
        { kind: 'axe', ref: 'PasswordInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'PasswordInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.3.5',
      status: 'supports',
      how: '`autoComplete` is required.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PasswordInput.test.tsx > is a labelled password field that keeps autoComplete' },
        { kind: 'axe', ref: 'PasswordInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'PasswordInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Browser autofill offers the right values for the field' },
      ],
    },
    {
      id: '2.5.3',
      status: 'supports',
      how: "The button's name starts with its visible text.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'PasswordInput.test.tsx > shows and hides with a real button whose name changes, keeping focus on it and announcing' },
        { kind: 'manual', ref: 'Voice control: saying the visible label activates the control' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'The button is at least 44 × 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Error text with a prefix, `aria-invalid`, a bar beside the field.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PasswordInput.test.tsx > describes hint and error, and forwards ref and handlers (react-hook-form register)' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.8',
      status: 'supports',
      how: 'Paste and password managers work; the password can be shown to check it.',
      verifiedBy: [
        { kind: 'manual', ref: 'Password managers and pasting work; no cognitive test is needed' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: "Native input and button; the button's name tells what it does now.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'PasswordInput.test.tsx > shows and hides with a real button whose name changes, keeping focus on it and announcing' },
        { kind: 'axe', ref: 'PasswordInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'PasswordInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The new state is announced politely.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PasswordInput.test.tsx > shows and hides with a real button whose name changes, keeping focus on it and announcing' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-passwordinput--english: Tab, Tab, Space',
      '“Password (optional) password text. Error: Enter your password.” Tab: “Show password push button.” Space: “Your password is visible”. No “invalid entry”: the input has aria-invalid, but Orca 43 says neither “invalid” nor “required” for a password field (its format for password text has no such part); the error text is read',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
