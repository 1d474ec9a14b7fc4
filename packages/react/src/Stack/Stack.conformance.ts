import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Stack',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.2',
      status: 'supports',
      how: 'Visual order is the source order.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Stack.test.tsx > keeps the tab order in source order' },
        { kind: 'manual', ref: 'Screen reader: the reading order matches the visual order' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Horizontal stacks wrap at narrow widths.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Visual order is the source order.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Stack.test.tsx > keeps the tab order in source order' },
        { kind: 'story-test', ref: 'Stack.stories.tsx > ButtonRow' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
