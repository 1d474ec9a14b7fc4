import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Container',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Can render the right landmark element with `as`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Container.test.tsx > can be the main landmark and take focus from a skip link' },
        { kind: 'axe', ref: 'Container.test.tsx > has no axe violations in each size' },
        { kind: 'axe', ref: 'Container.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Full width with padding at 320 px; no horizontal scrolling.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
