import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'CheckboxGroup',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'partially-supports',
      how: '`<fieldset>` / `<legend>`; option hints in `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > is a named group with hint and the optional marker, options from data' },
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > renders the legend as a heading when asked' },
        { kind: 'axe', ref: 'CheckboxGroup.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'CheckboxGroup.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: '24 px boxes, labels clickable in rows at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.2.2',
      status: 'supports',
      how: "Checking an option never moves focus; the exclusive option's side effect is announced.",
      verifiedBy: [
        { kind: 'manual', ref: 'Changing a value does not change the context without warning' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Error text with a prefix, `aria-invalid` on the boxes, a bar beside the group; the group and the box Tab enters on are described by the error.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > marks every box invalid and describes the group with the error' },
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > describes the box Tab lands on with the group’s hint and error, once per visit to the group' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'Legend, hint and option hints.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > is a named group with hint and the optional marker, options from data' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native checkboxes in a named group.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > is a named group with hint and the optional marker, options from data' },
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > forwards ref and props to the fieldset and disables every box' },
        { kind: 'axe', ref: 'CheckboxGroup.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'CheckboxGroup.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Unchecking by the exclusive option is announced politely.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > "none of these" unchecks the others, and the others uncheck it, with announcements' },
        { kind: 'unit-test', ref: 'CheckboxGroup.test.tsx > announces in Finnish by default' },
        { kind: 'story-test', ref: 'CheckboxGroup.stories.tsx > ExclusiveNoneOfThese' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-checkboxgroup--error, --swedish, --english: Tab, Tab, Space',
      '“Hur vill du att vi kontaktar dig? (frivillig) panel. E-post check box not checked. invalid entry. Välj alla som passar. Fel: Välj hur vi ska kontakta dig.” Tab: “Textmeddelande check box not checked. invalid entry.” (the error once per visit to the group). Space: “checked”. Finnish and English stories the same (“Virhe: …”, “Error: …”)',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: "Screen readers differ in reading the group's description (`aria-describedby` on the fieldset): Orca 43 never reads it on entering the group, so the option focus enters on carries the group's hint and error too. A screen reader that reads both (not yet tested: NVDA, JAWS, VoiceOver, TalkBack) may say them twice on entering.",
      criteria: ['1.3.1', '3.3.1'],
      workaround: 'The hint and error are also plain text before the options, so they are met in reading order.',
    },
  ],
});
