import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Footer',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`contentinfo` landmark; headings and named lists.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Footer.test.tsx > is the contentinfo landmark with named link groups' },
        { kind: 'axe', ref: 'Footer.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'Footer.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Groups flow into columns that stack at 320 CSS px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring on every link.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Links at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.1.2',
      status: 'supports',
      how: '`lang` per link.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Footer.test.tsx > takes custom texts and marks links in another language' },
        { kind: 'axe', ref: 'Footer.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'Footer.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader switches voice for parts in another language' },
      ],
    },
    {
      id: '3.2.3',
      status: 'supports',
      how: 'The same links, feedback and help in the same place on every page.',
      verifiedBy: [
        { kind: 'manual', ref: 'Navigation is in the same place and order on every page' },
      ],
    },
    {
      id: '3.2.6',
      status: 'supports',
      how: 'The `help` slot (a ServiceHelp) is always first in the footer, before the link groups and service links; the same links, feedback and help in the same place on every page.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Footer.test.tsx > shows the help first, before the link groups and the service links' },
        { kind: 'story-test', ref: 'Footer.stories.tsx > WithHelp' },
        { kind: 'unit-test', ref: 'Footer.test.tsx > links the accessibility statement and feedback with translated default texts' },
        { kind: 'manual', ref: 'Help is in the same place on every page' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
