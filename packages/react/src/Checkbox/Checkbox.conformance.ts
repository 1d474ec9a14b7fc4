import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Checkbox',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; the hint in `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Checkbox.test.tsx > is a native checkbox toggled by its label and by Space' },
        { kind: 'unit-test', ref: 'Checkbox.test.tsx > reads the hint with the checkbox' },
        { kind: 'axe', ref: 'Checkbox.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Checkbox.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: "The browser's box border (at least 3:1) and the brand fill; an error ring around the box.",
      verifiedBy: [
        { kind: 'manual', ref: "The browser's unchecked box border and the error ring are 3:1 against the page in every theme and browser" },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring around the box; `Highlight` in forced colours.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'A 24 px box and a clickable label in a row at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Error text with a prefix, `aria-invalid`, a bar and a ring (not colour alone).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Checkbox.test.tsx > shows its own error with the translated prefix and aria-invalid' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native checkbox; `indeterminate` is exposed as "mixed".',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Checkbox.test.tsx > is a native checkbox toggled by its label and by Space' },
        { kind: 'unit-test', ref: 'Checkbox.test.tsx > supports the indeterminate (mixed) state, set as a DOM property' },
        { kind: 'axe', ref: 'Checkbox.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Checkbox.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-checkbox--error, --english: Tab, Space',
      '“I accept the terms of use check box not checked. invalid entry. Error: Accept the terms of use to continue.” Space: “checked”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
