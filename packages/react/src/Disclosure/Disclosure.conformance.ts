import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Disclosure',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Native `<details>`/`<summary>`; the content follows the summary.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Disclosure.test.tsx > is a native details/summary pair, closed by default, that works without JavaScript' },
        { kind: 'axe', ref: 'Disclosure.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Disclosure.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native keyboard support, also without JavaScript.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Disclosure.test.tsx > Tab reaches the summary (keyboard focus)' },
        { kind: 'unit-test', ref: 'Disclosure.test.tsx > Enter / Space (the summary activation) shows and hides the content and reports onOpenChange' },
        { kind: 'story-test', ref: 'Disclosure.stories.tsx > Closed' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus ring on the summary.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'The summary is at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'partially-supports',
      how: 'Browsers expose the summary as a button with its expanded state.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Disclosure.test.tsx > is a native details/summary pair, closed by default, that works without JavaScript' },
        { kind: 'unit-test', ref: 'Disclosure.test.tsx > Enter / Space (the summary activation) shows and hides the content and reports onOpenChange' },
        { kind: 'axe', ref: 'Disclosure.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Disclosure.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-disclosure--english: Tab, Space',
      '“Why do we ask this? toggle button expanded.” Space: “collapsed”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: 'Some older screen reader and browser pairs announce the expanded state of `<summary>` only after focus moves away and back.',
      criteria: ['4.1.2'],
    },
  ],
});
