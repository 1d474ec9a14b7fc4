import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'ConsentSettings',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: "A fieldset and legend around native checkboxes; descriptions are each box's hint.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentSettings.test.tsx > has one unchecked checkbox per purpose before any decision, in a named group' },
        { kind: 'axe', ref: 'ConsentSettings.test.tsx > has one unchecked checkbox per purpose before any decision, in a named group' },
        { kind: 'axe', ref: 'ConsentSettings.test.tsx > is a posting form: purpose=<id> checkboxes and consent=save, and no axe violations' },
        { kind: 'axe', ref: 'ConsentSettings.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'A failed save shows a translated error notification, read out when it appears.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentSettings.test.tsx > shows a translated error and keeps the choices when saving fails' },
        { kind: 'story-test', ref: 'ConsentSettings.stories.tsx > SaveFailed' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'The hint tells that nothing is pre-selected and how to withdraw.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentSettings.test.tsx > has one unchecked checkbox per purpose before any decision, in a named group' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: '"Valintasi on tallennettu" is announced politely.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentSettings.test.tsx > keyboard only: withdraws a consent with Space and Enter, announces it, and tells when it was saved' },
        { kind: 'story-test', ref: 'ConsentSettings.stories.tsx > Withdraw' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
    plainLanguageCriterion('The legend, hint and save error'),
  ],
  assistiveTech: [
    orcaInCi(
      'components-consentsettings--english: Tab, Tab',
      '“form. What do you consent to? panel. Visitor statistics check box not checked. How many times pages are viewed.” Tab: “Embedded videos check box not checked.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
