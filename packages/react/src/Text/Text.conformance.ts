import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Text',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.4.3',
      status: 'supports',
      how: 'Body and secondary text at least 4.5:1.',
      verifiedBy: [
        { kind: 'axe', ref: 'Text.stories.tsx > *' },
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'browser-check', ref: 'stories:themes > axe in dark and high contrast' },
        { kind: 'manual', ref: 'Text contrast in states the stories do not show (hover, visited) and in your own colours' },
      ],
    },
    {
      id: '1.4.4',
      status: 'supports',
      how: 'rem sizes, no fixed heights.',
      verifiedBy: [
        { kind: 'manual', ref: 'Browser text size 200 %: no text cut off or overlapping' },
      ],
    },
    {
      id: '1.4.8',
      status: 'supports',
      how: 'Line length limited, line height 1.5.',
      verifiedBy: [
        { kind: 'manual', ref: 'Line length, line spacing and text resizing work for reading; no text needs sideways scrolling' },
      ],
    },
    {
      id: '1.4.12',
      status: 'supports',
      how: 'rem sizes, no fixed heights.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > text-spacing' },
        { kind: 'manual', ref: 'Text-spacing override (bookmarklet): no text cut off or overlapping' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
