import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'ActionMenu',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Menu button roles and properties; the menu is labelled by the button.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > is a menu button: aria-haspopup, aria-expanded and aria-controls pointing at a labelled menu' },
        { kind: 'axe', ref: 'ActionMenu.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'ActionMenu.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Shown in the top layer, so no clipping ancestor cuts it off; at most `min(20rem, 100vw - 1rem)` wide and item texts wrap; flips above the button or moves across the viewport (scrolling when taller than the room) to stay inside it at 320 px and 200 % text.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > InDialog' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > InTable' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > AtBottomEdge' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > AtRightEdge' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > AtBottomRightCorner' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > PlacedByScript' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: the open menu fits, no sideways scrolling' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'The full APG menu button keyboard; Escape and Tab leave.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Enter on the button opens the menu and focuses the first item' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Down Arrow on the button opens the menu and focuses the first item' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Down Arrow moves to the next item (disabled ones included) and wraps' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Home and End move to the first and last item' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Enter on an item runs it, closes the menu and returns focus to the button' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > typing a character moves to the next item starting with it; several characters match a prefix' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > Keyboard' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.1.2',
      status: 'supports',
      how: 'The full APG menu button keyboard; Escape and Tab leave.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Escape closes the menu and returns focus to the button' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Tab closes the menu and moves on to the next element' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > Keyboard' },
        { kind: 'browser-check', ref: 'test:audit > keyboard-trap' },
        { kind: 'manual', ref: 'Tab and Shift+Tab always lead out of the component' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Focus moves into the menu on open and back to the button on close.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Enter on the button opens the menu and focuses the first item' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Enter on an item runs it, closes the menu and returns focus to the button' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > Escape closes the menu and returns focus to the button' },
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > Keyboard' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus ring on the button; the focused item is highlighted and outlined.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'The open menu is in the top layer, next to its button (below, or above where there is no room), so no clipping container hides a focused item; sticky headers of the page must not cover it.',
      verifiedBy: [
        { kind: 'story-test', ref: 'ActionMenu.stories.tsx > InDialog' },
        { kind: 'manual', ref: 'Focused menu items are not hidden by sticky headers or clipping containers, also at 400 % zoom' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Button and items are at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: '`aria-expanded`, `aria-haspopup`, `aria-controls`, `aria-disabled`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > is a menu button: aria-haspopup, aria-expanded and aria-controls pointing at a labelled menu' },
        { kind: 'unit-test', ref: 'ActionMenu.test.tsx > a disabled item is focusable but does nothing' },
        { kind: 'axe', ref: 'ActionMenu.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'ActionMenu.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-actionmenu--english: Tab, Enter, Down, Escape',
      '“Actions collapsed push button. opens menu” Enter: “Actions menu. Edit.” Down: “Delete.” Escape: “collapsed”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
