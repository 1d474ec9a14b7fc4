import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'StatusLabel',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.1.1',
      status: 'supports',
      how: 'The icon is decorative; the status is in words.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'StatusLabel.test.tsx > says the status in words, with a hidden icon' },
        { kind: 'unit-test', ref: 'StatusLabel.test.tsx > draws a different icon shape for each type' },
        { kind: 'axe', ref: 'StatusLabel.test.tsx > has no axe violations in any type' },
        { kind: 'axe', ref: 'StatusLabel.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: icons and images are named, or skipped when decorative' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Words, icon shapes and border styles differ per type.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.3',
      status: 'supports',
      how: 'Text at least 4.5:1 on its background.',
      verifiedBy: [
        { kind: 'axe', ref: 'StatusLabel.stories.tsx > *' },
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'browser-check', ref: 'stories:themes > axe in dark and high contrast' },
        { kind: 'manual', ref: 'Text contrast in states the stories do not show (hover, visited) and in your own colours' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'The border is at least 3:1 against the page; visible in forced colours.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
