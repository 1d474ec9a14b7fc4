import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Pagination',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Named `<nav>`, a list, `aria-current="page"`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Pagination.test.tsx > is a labelled nav of links with translated page names and the current page marked' },
        { kind: 'axe', ref: 'Pagination.test.tsx > has no axe violations as links and as buttons' },
        { kind: 'axe', ref: 'Pagination.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'The current page is filled and bold, not only another colour.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Collapses to previous / "page x of y" / next under 30 rem.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: '"Sivu 3" instead of a bare "3".',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Pagination.test.tsx > is a labelled nav of links with translated page names and the current page marked' },
        { kind: 'unit-test', ref: 'Pagination.test.tsx > leaves out "previous" on the first page and "next" on the last (links)' },
        { kind: 'axe', ref: 'Pagination.test.tsx > has no axe violations as links and as buttons' },
        { kind: 'axe', ref: 'Pagination.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.5.3',
      status: 'supports',
      how: 'The accessible name contains the visible number.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Pagination.test.tsx > is a labelled nav of links with translated page names and the current page marked' },
        { kind: 'manual', ref: 'Voice control: saying the visible label activates the control' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Every control 44 × 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native links and buttons; `aria-disabled` at the ends in button mode.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Pagination.test.tsx > is a labelled nav of links with translated page names and the current page marked' },
        { kind: 'unit-test', ref: 'Pagination.test.tsx > works as buttons with onPageChange, by keyboard, keeping focus at the end' },
        { kind: 'axe', ref: 'Pagination.test.tsx > has no axe violations as links and as buttons' },
        { kind: 'axe', ref: 'Pagination.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-pagination--english: Tab, Tab',
      '“Previous link.” “Page 1 link.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
