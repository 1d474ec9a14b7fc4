import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'LoadingSpinner',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.1.1',
      status: 'supports',
      how: 'The ring is decorative; the state is in text.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'LoadingSpinner.test.tsx > is a status named "Ladataan" by default, with the ring hidden' },
        { kind: 'axe', ref: 'LoadingSpinner.test.tsx > has no axe violations in each size and with a visible label' },
        { kind: 'axe', ref: 'LoadingSpinner.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: icons and images are named, or skipped when decorative' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'The ring is visible in forced colours (GrayText / CanvasText).',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '2.2.2',
      status: 'supports',
      how: 'The ring stops under `prefers-reduced-motion`.',
      verifiedBy: [
        { kind: 'manual', ref: 'Moving or auto-updating content can be paused, stopped or hidden' },
      ],
    },
    {
      id: '2.3.3',
      status: 'supports',
      how: 'The ring stops under `prefers-reduced-motion`.',
      verifiedBy: [
        { kind: 'manual', ref: 'With "reduce motion" set in the operating system, nothing moves' },
      ],
    },
    {
      id: '4.1.3',
      status: 'partially-supports',
      how: '`role="status"` with a translated label.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'LoadingSpinner.test.tsx > is a status named "Ladataan" by default, with the ring hidden' },
        { kind: 'unit-test', ref: 'LoadingSpinner.test.tsx > appears and goes with the loading state the user started' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [
    {
      description: 'A status region that appears together with its text is not read by every screen reader.',
      criteria: ['4.1.3'],
      workaround: 'When the wait matters, also call `useAnnounce()` with the label, or keep an empty container in the page and render the spinner into it.',
    },
  ],
});
