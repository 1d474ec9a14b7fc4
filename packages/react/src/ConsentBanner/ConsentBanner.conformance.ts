import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'ConsentBanner',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'A `<section>` named by its heading; purposes in a fieldset with a legend.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > is a labelled region with equal Accept all and Reject all buttons, and no axe violations' },
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Choose opens per-purpose checkboxes, nothing pre-selected; save one purpose' },
        { kind: 'story-test', ref: 'ConsentBanner.stories.tsx > FormMode' },
        { kind: 'axe', ref: 'ConsentBanner.test.tsx > is a labelled region with equal Accept all and Reject all buttons, and no axe violations' },
        { kind: 'axe', ref: 'ConsentBanner.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native buttons and checkboxes; not modal by default, so focus is never trapped.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Tab to "Accept all", Enter; consent saved, event fired, banner gone, announced' },
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Reject all gives no consent to anything' },
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Choose opens per-purpose checkboxes, nothing pre-selected; save one purpose' },
        { kind: 'story-test', ref: 'ConsentBanner.stories.tsx > Choosing' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.1.2',
      status: 'supports',
      how: 'Native buttons and checkboxes; not modal by default, so focus is never trapped.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Tab to "Accept all", Enter; consent saved, event fired, banner gone, announced' },
        { kind: 'browser-check', ref: 'test:audit > keyboard-trap' },
        { kind: 'manual', ref: 'Tab and Shift+Tab always lead out of the component' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Focus moves to the heading when reopened and to the main content after a decision.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > is reachable again from the settings link, shows saved choices, and withdrawing is as easy as giving' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'The banner is in the page flow, not a fixed overlay that covers focused content.',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'Each purpose has a label and description; the hint says nothing is pre-selected.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Choose opens per-purpose checkboxes, nothing pre-selected; save one purpose' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: '"Valitse itse" has `aria-expanded` and `aria-controls`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Choose opens per-purpose checkboxes, nothing pre-selected; save one purpose' },
        { kind: 'axe', ref: 'ConsentBanner.test.tsx > is a labelled region with equal Accept all and Reject all buttons, and no axe violations' },
        { kind: 'axe', ref: 'ConsentBanner.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The saved state is announced through the page\'s polite live region; errors use `role="alert"`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > keyboard only: Tab to "Accept all", Enter; consent saved, event fired, banner gone, announced' },
        { kind: 'unit-test', ref: 'ConsentBanner.test.tsx > shows a translated error and stays when storage fails' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
    plainLanguageCriterion("The banner's title, text and buttons"),
  ],
  assistiveTech: [
    orcaInCi(
      'components-consentbanner--english: Tab, Tab',
      '“Read the privacy notice link.” “Accept all push button.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
