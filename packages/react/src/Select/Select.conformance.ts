import { defineConformance, displaySettings, orcaInCi, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Select',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; hint and error in `aria-describedby`; `<optgroup>` labels.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Select.test.tsx > is a labelled native select, chosen with the keyboard' },
        { kind: 'unit-test', ref: 'Select.test.tsx > groups options with optgroup and accepts option children' },
        { kind: 'axe', ref: 'Select.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Select.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.3.5',
      status: 'supports',
      how: '`autoComplete` passed through.',
      verifiedBy: [
        { kind: 'axe', ref: 'Select.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Select.stories.tsx > *' },
        { kind: 'manual', ref: 'Browser autofill offers the right values for the field' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: '2 px border; error border 4 px; the arrow in text colour.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '3.2.2',
      status: 'supports',
      how: 'Nothing happens on change by itself.',
      verifiedBy: [
        { kind: 'manual', ref: 'Changing a value does not change the context without warning' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Error text with a prefix, `aria-invalid`, a bar beside the field.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Select.test.tsx > describes the field with hint and error and keeps the choice' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native select.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Select.test.tsx > is a labelled native select, chosen with the keyboard' },
        { kind: 'unit-test', ref: 'Select.test.tsx > is disabled' },
        { kind: 'axe', ref: 'Select.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Select.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-select--with-hint, --error: Tab',
      '“Kaupunginosa combo box. Valitse. Kaupunginosa, jossa asut.” With an error: “Kaupunginosa combo box. Valitse. Virhe: Valitse kaupunginosa.” (no “invalid entry”: Orca 43 says no invalid or required state for a combo box)',
    ),
    ...screenReaders,
    ...displaySettings,
  ],
  knownIssues: [],
});
