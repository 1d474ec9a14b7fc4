import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Skeleton',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.1.1',
      status: 'supports',
      how: 'Placeholder blocks are hidden; the state is in text.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Skeleton.test.tsx > hides the blocks from assistive technology and says "loading" in a status' },
        { kind: 'axe', ref: 'Skeleton.test.tsx > has no axe violations in each shape' },
        { kind: 'axe', ref: 'Skeleton.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: icons and images are named, or skipped when decorative' },
      ],
    },
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Nothing meaningless is exposed to assistive technology.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Skeleton.test.tsx > hides the blocks from assistive technology and says "loading" in a status' },
        { kind: 'axe', ref: 'Skeleton.test.tsx > has no axe violations in each shape' },
        { kind: 'axe', ref: 'Skeleton.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.2.2',
      status: 'supports',
      how: 'The pulse stops under reduced motion.',
      verifiedBy: [
        { kind: 'manual', ref: 'Moving or auto-updating content can be paused, stopped or hidden' },
      ],
    },
    {
      id: '4.1.3',
      status: 'partially-supports',
      how: 'A `role="status"` says the content is loading.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Skeleton.test.tsx > hides the blocks from assistive technology and says "loading" in a status' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [
    {
      description: 'A status region that appears together with its text is not read by every screen reader.',
      criteria: ['4.1.3'],
      workaround: 'For long waits also call `useAnnounce()`.',
    },
  ],
});
