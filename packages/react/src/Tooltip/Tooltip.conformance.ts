import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Tooltip',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`role="tooltip"` referenced by the control\'s `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > describes the control (keeping its own name and description) even while hidden' },
        { kind: 'axe', ref: 'Tooltip.test.tsx > has no axe violations hidden and shown' },
        { kind: 'axe', ref: 'Tooltip.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.3',
      status: 'supports',
      how: 'Light text on the dark text colour, well above 4.5:1.',
      verifiedBy: [
        { kind: 'axe', ref: 'Tooltip.stories.tsx > *' },
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'browser-check', ref: 'stories:themes > axe in dark and high contrast' },
        { kind: 'manual', ref: 'Text contrast in states the stories do not show (hover, visited) and in your own colours' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Shown in the top layer, so no clipping ancestor cuts it off; at most `min(18rem, 100vw - 1rem)` wide; long words wrap; flips or moves across the viewport to stay inside it at 320 px and 200 % text.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'story-test', ref: 'Tooltip.stories.tsx > InDialog' },
        { kind: 'story-test', ref: 'Tooltip.stories.tsx > InTable' },
        { kind: 'story-test', ref: 'Tooltip.stories.tsx > AtBottomEdge' },
        { kind: 'story-test', ref: 'Tooltip.stories.tsx > AtRightEdge' },
        { kind: 'story-test', ref: 'Tooltip.stories.tsx > AtBottomRightCorner' },
        { kind: 'story-test', ref: 'Tooltip.stories.tsx > PlacedByScript' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '1.4.13',
      status: 'partially-supports',
      how: 'Dismissable (Escape), hoverable (a bridge covers the gap), persistent until pointer and focus leave.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > Escape hides it without moving focus' },
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > Escape also hides a tooltip shown by hover' },
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > inside a Dialog, the first Escape hides only the tooltip and the next closes the dialog' },
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > shows on hover after the delay, stays while the pointer is on the tooltip, hides on leaving' },
        { kind: 'manual', ref: 'Pointer can move onto the shown content; Escape hides it; it stays until dismissed' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Shown on keyboard focus, not only on hover.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > Tab onto the control shows it; Tab away hides it' },
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > Escape hides it without moving focus' },
        { kind: 'story-test', ref: 'Tooltip.stories.tsx > OnFocus' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'The control keeps its own name; the tooltip is its description.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tooltip.test.tsx > describes the control (keeping its own name and description) even while hidden' },
        { kind: 'axe', ref: 'Tooltip.test.tsx > has no axe violations hidden and shown' },
        { kind: 'axe', ref: 'Tooltip.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-tooltip--english: Tab',
      '“Save draft push button. Saves a draft you can continue later.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
