import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Toggletip',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Shown in the top layer, so no clipping ancestor cuts it off; at most `min(20rem, 100vw - 1rem)` wide; wraps long words; flips, moves across the viewport or scrolls to stay inside it at 320 px and 200 % text.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'story-test', ref: 'Toggletip.stories.tsx > InDialog' },
        { kind: 'story-test', ref: 'Toggletip.stories.tsx > InTable' },
        { kind: 'story-test', ref: 'Toggletip.stories.tsx > AtBottomEdge' },
        { kind: 'story-test', ref: 'Toggletip.stories.tsx > AtRightEdge' },
        { kind: 'story-test', ref: 'Toggletip.stories.tsx > AtBottomRightCorner' },
        { kind: 'story-test', ref: 'Toggletip.stories.tsx > PlacedByScript' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '1.4.13',
      status: 'supports',
      how: 'Shown only on activation; stays until dismissed; Escape dismisses.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > click renders the text into the live region, and a second click closes it' },
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > Escape closes it, keeps focus on the button and does not reach an enclosing dialog' },
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > Tab moves on and closes it' },
        { kind: 'manual', ref: 'Pointer can move onto the shown content; Escape hides it; it stays until dismissed' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native button.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > Enter toggles it' },
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > Space toggles it' },
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > Escape closes it, keeps focus on the button and does not reach an enclosing dialog' },
        { kind: 'story-test', ref: 'Toggletip.stories.tsx > Open' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: '44 × 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Translated name, `aria-expanded`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > has a translated name, with the topic when given, and an empty status region when closed' },
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > click renders the text into the live region, and a second click closes it' },
        { kind: 'axe', ref: 'Toggletip.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Toggletip.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The text is rendered into a `role="status"` region and read out without focus moving.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > has a translated name, with the topic when given, and an empty status region when closed' },
        { kind: 'unit-test', ref: 'Toggletip.test.tsx > click renders the text into the live region, and a second click closes it' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-toggletip--english: Tab, Enter',
      '“More information: customer number expanded push button.” Enter: “collapsed”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
