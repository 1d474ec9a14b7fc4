import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Popover',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Trigger has `aria-expanded` and `aria-controls`; panel is a named dialog.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Popover.test.tsx > wires the trigger to a named non-modal dialog that is closed at first' },
        { kind: 'axe', ref: 'Popover.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Popover.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.3.2',
      status: 'supports',
      how: 'The panel follows the trigger in the DOM.',
      verifiedBy: [
        { kind: 'manual', ref: 'Screen reader: the reading order matches the visual order' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Shown in the top layer, so no clipping ancestor cuts it off; never wider than the viewport less 1rem; long words wrap; flips, moves across the viewport or scrolls to stay inside it at 320 px and 200 % text.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > InDialog' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > InTable' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > AtBottomEdge' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > AtRightEdge' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > AtBottomRightCorner' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > PlacedByScript' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '1.4.13',
      status: 'supports',
      how: 'Opens only on activation, stays until dismissed, Escape closes.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Popover.test.tsx > Escape closes it and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'Popover.test.tsx > closes on a click outside and stays open on a click inside' },
        { kind: 'manual', ref: 'Pointer can move onto the shown content; Escape hides it; it stays until dismissed' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Every action by keyboard; Tab leaves the panel.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Popover.test.tsx > Enter opens it and moves focus to the first focusable element inside' },
        { kind: 'unit-test', ref: 'Popover.test.tsx > Space opens it too, and Space on the trigger again closes it' },
        { kind: 'unit-test', ref: 'Popover.test.tsx > Escape closes it and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'Popover.test.tsx > Tab moves through the content and out of it, which closes the popover without moving focus back' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > Open' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.1.2',
      status: 'supports',
      how: 'Every action by keyboard; Tab leaves the panel.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Popover.test.tsx > Escape closes it and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'Popover.test.tsx > Tab moves through the content and out of it, which closes the popover without moving focus back' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > Open' },
        { kind: 'browser-check', ref: 'test:audit > keyboard-trap' },
        { kind: 'manual', ref: 'Tab and Shift+Tab always lead out of the component' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Focus goes into the panel and back to the trigger on Escape.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Popover.test.tsx > Enter opens it and moves focus to the first focusable element inside' },
        { kind: 'unit-test', ref: 'Popover.test.tsx > Escape closes it and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'Popover.test.tsx > static content is the next Tab stop after the trigger; Shift+Tab goes back to the trigger' },
        { kind: 'story-test', ref: 'Popover.stories.tsx > Open' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus ring on trigger, panel and close button.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'The panel opens next to its trigger (below, or above where there is no room) and does not cover it. Nothing in the component covers the focused element; whether focus stays visible depends on the page (sticky headers, banners, overlays).',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Trigger and close button at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native button with state; dialog role with a required name.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Popover.test.tsx > wires the trigger to a named non-modal dialog that is closed at first' },
        { kind: 'axe', ref: 'Popover.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Popover.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-popover--english: Tab, Enter',
      '“Opening hours expanded push button.” Enter: “collapsed”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
