import { defineConformance, displaySettings, orcaInCi, screenReaders } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'DateInput',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<fieldset>` + `<legend>`; each part has a `<label>`; hint and error describe the group.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DateInput.test.tsx > groups day, month and year under one legend, in the locale order' },
        { kind: 'axe', ref: 'DateInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'DateInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.3.5',
      status: 'supports',
      how: '`bday-day`, `bday-month`, `bday-year` with `autoCompleteBirthday`.',
      verifiedBy: [
        { kind: 'axe', ref: 'DateInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'DateInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Browser autofill offers the right values for the field' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'A legend is required by the types; part labels are built in and translated.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DateInput.test.tsx > groups day, month and year under one legend, in the locale order' },
        { kind: 'unit-test', ref: 'DateInput.test.tsx > uses Swedish and English part labels' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Specific message; only the wrong parts get `aria-invalid` and a thick border.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DateInput.test.tsx > names the missing part and marks only it' },
        { kind: 'unit-test', ref: 'DateInput.test.tsx > checks when focus leaves the group, names the wrong part and marks only it' },
        { kind: 'unit-test', ref: 'DateInput.test.tsx > marks the parts the check finds wrong for an app error, or all of them' },
        { kind: 'story-test', ref: 'DateInput.stories.tsx > MissingPart' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.3',
      status: 'supports',
      how: 'The message names the missing or wrong part, or the allowed range.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DateInput.test.tsx > names the missing part and marks only it' },
        { kind: 'unit-test', ref: 'DateInput.test.tsx > says which part is out of its range' },
        { kind: 'unit-test', ref: 'DateInput.test.tsx > rejects impossible dates in the locale format' },
        { kind: 'unit-test', ref: 'DateInput.test.tsx > checks min and max' },
        { kind: 'manual', ref: 'Error messages say how to correct the input, in fi, sv and en' },
      ],
    },
    {
      id: '3.3.7',
      status: 'supports',
      how: 'What was typed stays, also after a failed post (`defaultValue` as parts).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DateInput.test.tsx > forwards ref to the first part and renders on the server with values for a no-JS post' },
        { kind: 'manual', ref: 'Information given earlier is filled in or selectable, not asked again' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native inputs with `inputmode="numeric"`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DateInput.test.tsx > groups day, month and year under one legend, in the locale order' },
        { kind: 'axe', ref: 'DateInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'DateInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    plainLanguageCriterion('The date error messages'),
  ],
  assistiveTech: [
    orcaInCi(
      'components-dateinput--english: Tab, Tab',
      '“Date of birth (optional) panel. Day entry 27 selected.” Tab: “Month entry. invalid entry.”',
    ),
    ...screenReaders,
    ...displaySettings,
  ],
  knownIssues: [],
});
