import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Accordion',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Real headings with buttons inside; panels labelled by their header.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Accordion.test.tsx > renders each header as a button inside a heading, with aria-expanded and aria-controls' },
        { kind: 'unit-test', ref: 'Accordion.test.tsx > uses hidden="until-found" where supported and opens on beforematch' },
        { kind: 'axe', ref: 'Accordion.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Accordion.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native buttons plus the optional APG arrow keys.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Accordion.test.tsx > Enter toggles the focused section' },
        { kind: 'unit-test', ref: 'Accordion.test.tsx > Space toggles the focused section' },
        { kind: 'unit-test', ref: 'Accordion.test.tsx > Down Arrow moves to the next header and wraps from the last to the first' },
        { kind: 'unit-test', ref: 'Accordion.test.tsx > Home and End move to the first and last header' },
        { kind: 'story-test', ref: 'Accordion.stories.tsx > Default' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'The heading level is chosen by the page.',
      verifiedBy: [
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus ring on the headers.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Headers are full width and at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: '`aria-expanded` and `aria-controls` on the header button.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Accordion.test.tsx > renders each header as a button inside a heading, with aria-expanded and aria-controls' },
        { kind: 'unit-test', ref: 'Accordion.test.tsx > a disabled item is focusable but does not toggle' },
        { kind: 'axe', ref: 'Accordion.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Accordion.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-accordion--english, --default: Tab, Enter',
      '“Who can apply? expanded push button heading level 3.” Enter: “collapsed”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
