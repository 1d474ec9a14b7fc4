import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'SideNavigation',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Nested lists inside a named `<nav>`; `aria-current="page"`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SideNavigation.test.tsx > marks the current page and expands the section that holds it' },
        { kind: 'axe', ref: 'SideNavigation.test.tsx > has no axe violations, collapsed and expanded' },
        { kind: 'axe', ref: 'SideNavigation.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'The current page is bold, not underlined, with a bar and a tint.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring on links and buttons.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Links and buttons at least 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native buttons with `aria-expanded` and `aria-controls`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SideNavigation.test.tsx > marks the current page and expands the section that holds it' },
        { kind: 'unit-test', ref: 'SideNavigation.test.tsx > expands and collapses sections with Enter and Space' },
        { kind: 'axe', ref: 'SideNavigation.test.tsx > has no axe violations, collapsed and expanded' },
        { kind: 'axe', ref: 'SideNavigation.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
