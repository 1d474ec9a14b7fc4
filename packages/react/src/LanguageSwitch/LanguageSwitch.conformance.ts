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
      how: 'Every name has its own `lang`; a switch in place is confirmed in the new language, marked with its `lang`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > lists each language in its own name with lang and hrefLang, current one marked' },
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > labels the list in the current language (%s)' },
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > confirms a switch in place in the new language, marked with its lang; a followed link says nothing' },
        { kind: 'unit-test', ref: "LanguageSwitch.test.tsx > confirms a switch in place with the app's own text for the new language, once the page is in it" },
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
        { kind: 'unit-test', ref: 'LanguageSwitch.test.tsx > confirms a switch in place in the new language, marked with its lang; a followed link says nothing' },
        { kind: 'axe', ref: 'LanguageSwitch.test.tsx > has no axe violations as links and as buttons' },
        { kind: 'axe', ref: 'LanguageSwitch.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-languageswitch--links, --buttons: Tab, Tab; as buttons Tab, Enter on each language',
      '“Suomi link.” “Svenska link.” (Orca asks for a Swedish voice for “Svenska”: its lang). As buttons: “List with 3 items. Suomi push button.” Enter: “Sivu näytetään nyt suomeksi”; “Svenska push button.” Enter: “Sidan visas nu på svenska”; “English push button.” Enter: “The page is now in English”. Orca 43 reads the confirmation with its default voice although its live region has the new lang (its debug log shows no voice change for live regions). The current language (aria-current) is not said: Orca 43 does not present aria-current',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
