import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Tag',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Variants differ by border style; link tags are underlined.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.3',
      status: 'supports',
      how: 'Text at least 4.5:1 on the tag background.',
      verifiedBy: [
        { kind: 'axe', ref: 'Tag.stories.tsx > *' },
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'browser-check', ref: 'stories:themes > axe in dark and high contrast' },
        { kind: 'manual', ref: 'Text contrast in states the stories do not show (hover, visited) and in your own colours' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Link tags get the two-colour focus ring.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'At least 24 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
