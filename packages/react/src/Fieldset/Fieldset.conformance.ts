import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Fieldset',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'partially-supports',
      how: 'Native `<fieldset>` / `<legend>`: the group and its name are in the markup.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > groups fields under a legend that names the group' },
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > renders the legend as a heading at the chosen level and size' },
        { kind: 'axe', ref: 'Fieldset.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Fieldset.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'The legend is required by the types and can be a real heading (`headingLevel`).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > renders the legend as a heading at the chosen level and size' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Group error with a text prefix, a bar beside the group (not colour alone); the group and the field Tab enters on are described by it.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > shows a group error with the translated prefix' },
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > describes the field Tab enters on with the group’s hint and error, not every field after it' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'Legend and hint describe the whole group.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > groups fields under a legend that names the group' },
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > marks the legend in words only when asked' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Role `group` named by the legend.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > groups fields under a legend that names the group' },
        { kind: 'axe', ref: 'Fieldset.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Fieldset.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-fieldset--english: Tab, Tab',
      '“Home address panel. Street address (optional) entry. Where you live now. Error: Enter your full address.” Tab: “Postal code (optional) entry.” (the group’s hint and error once, on the field Tab enters on)',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: "Screen readers differ in reading the fieldset's description (`aria-describedby` on a fieldset): Orca 43 never reads it on entering the group, so the field focus enters on carries the group's hint and error too. A screen reader that reads both (not yet tested: NVDA, JAWS, VoiceOver, TalkBack) may say them twice on entering.",
      criteria: ['1.3.1', '3.3.1'],
      workaround: 'The hint and error are also plain text before the fields, so they are met in reading order.',
    },
  ],
});
