import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'SummaryList',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<dl>` with `<dt>` and `<dd>`; card title is a real heading.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SummaryList.test.tsx > is a description list of keys and values' },
        { kind: 'unit-test', ref: 'SummaryList.test.tsx > wraps in a card with a heading of the chosen level' },
        { kind: 'axe', ref: 'SummaryList.test.tsx > has no axe violations, plain and as a card' },
        { kind: 'axe', ref: 'SummaryList.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Rows stack at narrow widths; long values wrap.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: 'Each link\'s name includes its key ("Muuta Nimi").',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SummaryList.test.tsx > names each change link with the row key; rows without href have no link' },
        { kind: 'unit-test', ref: 'SummaryList.test.tsx > change links are reached with Tab and followed with Enter' },
        { kind: 'axe', ref: 'SummaryList.test.tsx > has no axe violations, plain and as a card' },
        { kind: 'axe', ref: 'SummaryList.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.5.3',
      status: 'supports',
      how: 'The visible word starts the accessible name.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'SummaryList.test.tsx > names each change link with the row key; rows without href have no link' },
        { kind: 'manual', ref: 'Voice control: saying the visible label activates the control' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
