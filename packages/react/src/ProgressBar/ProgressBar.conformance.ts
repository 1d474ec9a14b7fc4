import { defineConformance, displaySettings, orcaInCi, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'ProgressBar',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Native `<progress>` with `<label for>`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ProgressBar.test.tsx > is a native progress bar named by its visible label, with the value as text' },
        { kind: 'axe', ref: 'ProgressBar.test.tsx > has no axe violations in each state' },
        { kind: 'axe', ref: 'ProgressBar.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'The value is also in text.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'Border and fill 3:1; Highlight in forced colours.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '2.2.2',
      status: 'supports',
      how: 'The indeterminate animation stops under reduced motion.',
      verifiedBy: [
        { kind: 'manual', ref: 'Moving or auto-updating content can be paused, stopped or hidden' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Role `progressbar`, name from the label, value text.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ProgressBar.test.tsx > is a native progress bar named by its visible label, with the value as text' },
        { kind: 'axe', ref: 'ProgressBar.test.tsx > has no axe violations in each state' },
        { kind: 'axe', ref: 'ProgressBar.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Progress every 10 % and completion announced politely.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ProgressBar.test.tsx > announces every 10 % and on completion, not on every tick' },
        { kind: 'unit-test', ref: 'ProgressBar.test.tsx > announces in Finnish and can be silenced' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-progressbar--interactive: Tab, Enter; --english, --swedish: Down, Down (browse mode)',
      'Enter: “Lähetys: 50 %” (the new value). Browse mode: “Uploading attachment 60 percent.”, “Bilagan laddas upp 60 percent.”',
    ),
    ...screenReaders, ...displaySettings],
  knownIssues: [],
});
