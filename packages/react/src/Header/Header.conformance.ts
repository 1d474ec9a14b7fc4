import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Header',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`banner` landmark; the navigation in a named `nav`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Header.test.tsx > is the banner with the skip link first, the service link, tools and navigation' },
        { kind: 'axe', ref: 'Header.test.tsx > has no axe violations, menu closed and open' },
        { kind: 'axe', ref: 'Header.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Everything wraps; the navigation folds at 320 CSS px (400 % zoom).',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native links and button; Escape closes the menu.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Header.test.tsx > has a disclosure menu button: Enter and Space toggle, Escape closes and returns focus' },
        { kind: 'story-test', ref: 'Header.stories.tsx > Default' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.1.2',
      status: 'supports',
      how: 'Native links and button; Escape closes the menu.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Header.test.tsx > has a disclosure menu button: Enter and Space toggle, Escape closes and returns focus' },
        { kind: 'unit-test', ref: 'Header.test.tsx > leaves Escape alone when the menu is closed' },
        { kind: 'story-test', ref: 'Header.stories.tsx > Default' },
        { kind: 'browser-check', ref: 'test:audit > keyboard-trap' },
        { kind: 'manual', ref: 'Tab and Shift+Tab always lead out of the component' },
      ],
    },
    {
      id: '2.4.1',
      status: 'supports',
      how: 'Built-in skip link to `<main>`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Header.test.tsx > is the banner with the skip link first, the service link, tools and navigation' },
        { kind: 'axe', ref: 'Header.stories.tsx > *' },
        { kind: 'manual', ref: 'Keyboard: the skip link reaches the main content' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Button before the navigation in the DOM; focus returns to the button on Escape.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Header.test.tsx > has a disclosure menu button: Enter and Space toggle, Escape closes and returns focus' },
        { kind: 'story-test', ref: 'Header.stories.tsx > Default' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring; the menu pushes content down instead of covering it.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'Two-colour focus ring; the menu pushes content down instead of covering it.',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Menu button and front-page link at least 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.2.3',
      status: 'supports',
      how: 'One header component for every page.',
      verifiedBy: [
        { kind: 'manual', ref: 'Navigation is in the same place and order on every page' },
      ],
    },
    {
      id: '3.2.6',
      status: 'supports',
      how: 'With `helpHref`, a help link is always the first of the tools (after the service name, before the language switch and sign-in), on every page that uses the header; it leads to the ServiceHelp in the Footer or a help page.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Header.test.tsx > shows a help link first of the tools, in every language, only when given' },
        { kind: 'story-test', ref: 'Header.stories.tsx > ServicePageFrame' },
        { kind: 'manual', ref: 'Help is in the same place on every page' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'The menu button exposes `aria-expanded` and `aria-controls`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Header.test.tsx > has a disclosure menu button: Enter and Space toggle, Escape closes and returns focus' },
        { kind: 'axe', ref: 'Header.test.tsx > has no axe violations, menu closed and open' },
        { kind: 'axe', ref: 'Header.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-header--english: Tab, Tab; components-header--swedish: Tab ×5',
      '“Skip to main content link.” “Parking services link.” Swedish: “Hoppa till huvudinnehållet link.” “Parkeringstjänster link.” then the language links, each in its own language: “Suomi link.” “Svenska link.” “English link.” (Orca asks for a voice in each link’s lang; following one opens the page in that language, whose <html lang> is read)',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
