import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'LanguageSwitch',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'A named list; the current item has `aria-current`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > lists each language in its own name with lang and hrefLang, current one marked' },
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > labels the list in the current language (%s)' },
        { kind: 'axe', ref: 'LanguageSwitch.test.tsx > has no axe violations as links and as buttons' },
        { kind: 'axe', ref: 'LanguageSwitch.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'The current language is bold with a bar and no underline, not only another colour.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Every option is at least 44 × 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.1.2',
      status: 'supports',
      how: 'Every name has its own `lang`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > lists each language in its own name with lang and hrefLang, current one marked' },
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > labels the list in the current language (%s)' },
        { kind: 'axe', ref: 'LanguageSwitch.test.tsx > has no axe violations as links and as buttons' },
        { kind: 'axe', ref: 'LanguageSwitch.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader switches voice for parts in another language' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native links or buttons; the name is the visible text.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > lists each language in its own name with lang and hrefLang, current one marked' },
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > switches in place with buttons and onLanguageChange, by keyboard' },
        { kind: 'axe', ref: 'LanguageSwitch.test.tsx > has no axe violations as links and as buttons' },
        { kind: 'axe', ref: 'LanguageSwitch.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-languageswitch--links, --buttons: Tab, Tab, Enter',
      '“Suomi link.” “Svenska link.” As buttons: “List with 3 items. Suomi push button.” “Svenska push button.”; Enter says nothing. The current language (aria-current) is not said: Orca 43 does not present aria-current',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
