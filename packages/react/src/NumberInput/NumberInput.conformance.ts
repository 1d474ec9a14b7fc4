import { defineConformance, displaySettings, orcaInCi, screenReaders } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'NumberInput',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; unit, hint and error in `aria-describedby`.',
      verifiedBy: [
        { kind: 'axe', ref: 'NumberInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'NumberInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'A visible label is required by the types.',
      verifiedBy: [
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '3.2.2',
      status: 'supports',
      how: 'Nothing changes the value or moves focus while typing.',
      verifiedBy: [
        { kind: 'manual', ref: 'Changing a value does not change the context without warning' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'A specific message, `aria-invalid` and a bar beside the field.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'NumberInput.test.tsx > keeps invalid text and explains the fix on blur, then clears the message when fixed' },
        { kind: 'unit-test', ref: 'NumberInput.test.tsx > leaves checking to the form with validateOn="submit", and the app error wins' },
        { kind: 'story-test', ref: 'NumberInput.stories.tsx > InvalidText' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.3',
      status: 'supports',
      how: "The message gives an example in the user's language or the allowed range and nearest values.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'NumberInput.test.tsx > gives a specific message for text that is not a number, in each locale' },
        { kind: 'unit-test', ref: 'NumberInput.test.tsx > checks min, max, step and whole numbers' },
        { kind: 'unit-test', ref: 'NumberInput.test.tsx > keeps invalid text and explains the fix on blur, then clears the message when fixed' },
        { kind: 'manual', ref: 'Error messages say how to correct the input, in fi, sv and en' },
      ],
    },
    {
      id: '3.3.7',
      status: 'supports',
      how: 'What was typed stays.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'NumberInput.test.tsx > keeps invalid text and explains the fix on blur, then clears the message when fixed' },
        { kind: 'manual', ref: 'Information given earlier is filled in or selectable, not asked again' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native text input.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'NumberInput.test.tsx > is a text input with a numeric keyboard, never type=number' },
        { kind: 'axe', ref: 'NumberInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'NumberInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    plainLanguageCriterion('The number error messages'),
  ],
  assistiveTech: [
    orcaInCi(
      'components-numberinput--english: Tab',
      '“Monthly rent (optional) entry eight hundred selected. invalid entry. For example 850.50 Error: Enter a number using digits, for example 1,234.5 €”',
    ),
    ...screenReaders,
    ...displaySettings,
  ],
  knownIssues: [],
});
