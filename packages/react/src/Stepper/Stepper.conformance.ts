import { defineConformance, displaySettings, orcaInCi, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Stepper',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Ordered list; `aria-current="step"`; status linked with `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Stepper.test.tsx > is an ordered list with the current step marked and every status in words' },
        { kind: 'unit-test', ref: 'Stepper.test.tsx > links to steps that can be visited, with the status as description, and not to the current one' },
        { kind: 'axe', ref: 'Stepper.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'Stepper.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Every status is written out.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Steps wrap and stack at 320 CSS px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'Circles and bars 3:1 against the page.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '2.4.8',
      status: 'supports',
      how: 'Shows where in the process the person is.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Stepper.test.tsx > is an ordered list with the current step marked and every status in words' },
        { kind: 'manual', ref: 'The user can tell where they are in the service' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-stepper--english: Tab',
      '“Personal details link. Completed.”',
    ),
    ...screenReaders,
    ...displaySettings,
  ],
  knownIssues: [],
});
