import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Icon',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.1.1',
      status: 'supports',
      how: 'Decorative by default (`aria-hidden`); with `label` the icon is `role="img"` with a text alternative.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Icon.test.tsx > %s is a decorative 24×24 stroke svg with no accessible name by default' },
        { kind: 'unit-test', ref: 'Icon.test.tsx > with a label is an image named by it' },
        { kind: 'unit-test', ref: 'Icon.test.tsx > can be named by aria-labelledby' },
        { kind: 'unit-test', ref: 'Icon.test.tsx > stays decorative with an empty label and warns in development' },
        { kind: 'axe', ref: 'Icon.test.tsx > has no axe violations, decorative, labelled and in a named button' },
        { kind: 'axe', ref: 'Icon.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: icons and images are named, or skipped when decorative' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Icons differ by shape (circle for info and success, triangle for warning, octagon for error), not colour alone; the docs require a word next to every status icon.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.4',
      status: 'supports',
      how: '1 em by default and rem sizes: icons scale with text and zoom and never force horizontal scrolling.',
      verifiedBy: [
        { kind: 'manual', ref: 'Browser text size 200 %: no text cut off or overlapping' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: '1 em by default and rem sizes: icons scale with text and zoom and never force horizontal scrolling.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '1.4.11',
      status: 'partially-supports',
      how: "Icons are stroked in `currentColor`: a meaningful icon has the contrast of its text (4.5:1 on Aukio's text colours). 2 px strokes at 1 em and up.",
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Labelled icons are `role="img"` with `aria-label`; decorative ones are hidden from the accessibility tree.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Icon.test.tsx > with a label is an image named by it' },
        { kind: 'unit-test', ref: 'Icon.test.tsx > can be named by aria-labelledby' },
        { kind: 'unit-test', ref: 'Icon.test.tsx > is not focusable and adds no tab stop' },
        { kind: 'axe', ref: 'Icon.test.tsx > has no axe violations, decorative, labelled and in a named button' },
        { kind: 'axe', ref: 'Icon.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [
    {
      description: 'The 2 px stroke gets thin at the `s` size (16 px) on low-resolution screens.',
      criteria: ['1.4.11'],
      workaround: 'Use size `m`, or 1 em at body text size, for icons that carry meaning.',
    },
  ],
});
