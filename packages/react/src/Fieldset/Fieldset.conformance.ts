import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

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
      how: 'The legend is required by the types and can be a real heading (`legendAs`).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > renders the legend as a heading at the chosen level and size' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Group error with a text prefix, a bar beside the group (not colour alone).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Fieldset.test.tsx > shows a group error with the translated prefix' },
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
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [
    {
      description: "Screen readers differ in reading the fieldset's description (`aria-describedby` on a fieldset): some read it when entering the group, some only on request.",
      criteria: ['1.3.1'],
      workaround: 'The hint and error are also plain text before the fields, so they are met in reading order.',
    },
  ],
});
