import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'TextInput',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; hint and error in `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'TextInput.test.tsx > is labelled, typed into and marks optional fields in words' },
        { kind: 'unit-test', ref: 'TextInput.test.tsx > describes the field with hint and error only when they are rendered' },
        { kind: 'axe', ref: 'TextInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'TextInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.3.5',
      status: 'supports',
      how: '`autoComplete` passed through.',
      verifiedBy: [
        { kind: 'axe', ref: 'TextInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'TextInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Browser autofill offers the right values for the field' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: '2 px border at 6.6:1; error border 4 px.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'A visible label is required by the types.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'TextInput.test.tsx > is labelled, typed into and marks optional fields in words' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Error text, `aria-invalid`, a bar beside the field (not colour alone).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'TextInput.test.tsx > describes the field with hint and error only when they are rendered' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'Label, hint, optional/required marker in words.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'TextInput.test.tsx > is labelled, typed into and marks optional fields in words' },
        { kind: 'unit-test', ref: 'TextInput.test.tsx > describes the field with hint and error only when they are rendered' },
        { kind: 'unit-test', ref: 'TextInput.test.tsx > shows the required marker in words in "required" mode' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '3.3.7',
      status: 'supports',
      how: 'Values stay; `autoComplete` lets browsers refill.',
      verifiedBy: [
        { kind: 'manual', ref: 'Information given earlier is filled in or selectable, not asked again' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native input.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'TextInput.test.tsx > is labelled, typed into and marks optional fields in words' },
        { kind: 'unit-test', ref: 'TextInput.test.tsx > can be named with aria-label when the label is visible elsewhere' },
        { kind: 'axe', ref: 'TextInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'TextInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-textinput--with-hint, --error, --required-marker: Tab',
      '“Sähköposti entry required. Lähetämme päätöksen tähän osoitteeseen.” With an error: “… invalid entry. … Virhe: Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@esimerkki.fi.” Required marker: “Etunimi (pakollinen) entry required.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
