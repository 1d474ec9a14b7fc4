import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'VisuallyHidden',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Hidden headings and labels expose structure.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'VisuallyHidden.test.tsx > adds words to an accessible name without showing them' },
        { kind: 'unit-test', ref: 'VisuallyHidden.test.tsx > renders the element asked for, e.g. a hidden heading' },
        { kind: 'axe', ref: 'VisuallyHidden.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'VisuallyHidden.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: 'Adds context to short link texts.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'VisuallyHidden.test.tsx > adds words to an accessible name without showing them' },
        { kind: 'axe', ref: 'VisuallyHidden.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'VisuallyHidden.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focusable content becomes visible on focus.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
