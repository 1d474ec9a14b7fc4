import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'SearchInput',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; `role="search"` landmark.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > is a labelled search field in a search landmark with a translated search button' },
        { kind: 'axe', ref: 'SearchInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'SearchInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native input and buttons; Escape clears.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > clears on Escape, and lets Escape through when the field is empty' },
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > searches with Enter and with the button' },
        { kind: 'story-test', ref: 'SearchInput.stories.tsx > Default' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.1',
      status: 'supports',
      how: 'The search landmark can be reached with landmark navigation.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > is a labelled search field in a search landmark with a translated search button' },
        { kind: 'axe', ref: 'SearchInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Keyboard: the skip link reaches the main content' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Clearing returns focus to the field instead of losing it.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > clears with the button and returns focus to the field' },
        { kind: 'story-test', ref: 'SearchInput.stories.tsx > WithValue' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.5.3',
      status: 'supports',
      how: "The search button's name is its visible text.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > is a labelled search field in a search landmark with a translated search button' },
        { kind: 'manual', ref: 'Voice control: saying the visible label activates the control' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Clear and search buttons are 44 × 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: '`searchbox` role from `type="search"`; clear button named in the page language.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > is a labelled search field in a search landmark with a translated search button' },
        { kind: 'unit-test', ref: 'SearchInput.test.tsx > clears with the button and returns focus to the field' },
        { kind: 'axe', ref: 'SearchInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'SearchInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Clearing is announced in the polite live region.',
      verifiedBy: [
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-searchinput--swedish: Tab',
      '“search. Sök på webbplatsen entry.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
