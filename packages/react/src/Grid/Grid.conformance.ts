import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Grid',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.2',
      status: 'supports',
      how: 'Visual order is the source order.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Grid.test.tsx > keeps focus order in source order' },
        { kind: 'manual', ref: 'Screen reader: the reading order matches the visual order' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'One column at 320 px; cells never overflow (`minmax(0, 1fr)`, wrapping text).',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
