import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'BackLink',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.1.1',
      status: 'supports',
      how: 'The arrow is decorative (`aria-hidden`); the text carries the meaning.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'BackLink.test.tsx > says "back" in %s and hides the arrow' },
        { kind: 'axe', ref: 'BackLink.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'BackLink.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: icons and images are named, or skipped when decorative' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Underlined, not only coloured.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: 'Default text in the page language; override it with the destination when needed.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'BackLink.test.tsx > says "back" in %s and hides the arrow' },
        { kind: 'unit-test', ref: 'BackLink.test.tsx > takes its own text and follows on Enter' },
        { kind: 'axe', ref: 'BackLink.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'BackLink.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring, `Highlight` in forced colours.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'At least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
