import { defineConformance, displaySettings, orcaInCi, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'SkipLink',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '2.4.1',
      status: 'supports',
      how: 'A link to the main content before repeated blocks.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SkipLink.test.tsx > is the first tab stop and moves focus to main when followed' },
        { kind: 'axe', ref: 'SkipLink.stories.tsx > *' },
        { kind: 'manual', ref: 'Keyboard: the skip link reaches the main content' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Focus moves to the target, not just the scroll position.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SkipLink.test.tsx > is the first tab stop and moves focus to main when followed' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Appears at the top of the page above other content when focused.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'Appears at the top of the page above other content when focused.',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-skiplink--english: Tab, Enter',
      '“Skip to main content link.” Enter: “main content.”',
    ),
    ...screenReaders,
    ...displaySettings,
  ],
  knownIssues: [],
});
