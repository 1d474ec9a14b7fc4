import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Navigation',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Named `<nav>` with a list; `aria-current="page"`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Navigation.test.tsx > is a nav named "Päävalikko" with the current page marked' },
        { kind: 'unit-test', ref: 'Navigation.test.tsx > marks an item as current with current: true, and tabs through in order' },
        { kind: 'axe', ref: 'Navigation.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'Navigation.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'The current item has a bar and a different text colour.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Wraps, then stacks; nothing scrolls sideways at 320 CSS px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.1',
      status: 'supports',
      how: 'A landmark screen reader users can skip or jump to.',
      verifiedBy: [
        { kind: 'axe', ref: 'Navigation.stories.tsx > *' },
        { kind: 'manual', ref: 'Keyboard: the skip link reaches the main content' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Every link at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.2.3',
      status: 'supports',
      how: 'Render the same items in the same order on every page.',
      verifiedBy: [
        { kind: 'manual', ref: 'Navigation is in the same place and order on every page' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-navigation--default: Tab, Tab',
      '“Asuminen link.” “Liikenne link.” The current page (“Liikenne”, aria-current="page") is not said to be current: Orca 43 does not present aria-current at all',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
