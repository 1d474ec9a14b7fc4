import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'ErrorSummary',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'A heading and a list of links.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > takes focus, has a translated heading, lists links and has no alert role' },
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > moves focus to the field, the first part of a date, a named part, and the first choice of a group' },
        { kind: 'axe', ref: 'ErrorSummary.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'ErrorSummary.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Focus moves to the summary, then from each link to its field.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > takes focus, has a translated heading, lists links and has no alert role' },
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > moves focus to the field, the first part of a date, a named part, and the first choice of a group' },
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > follows the links with the keyboard' },
        { kind: 'story-test', ref: 'ErrorSummary.stories.tsx > Default' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: "Each link's text is the error message.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > takes focus, has a translated heading, lists links and has no alert role' },
        { kind: 'axe', ref: 'ErrorSummary.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'ErrorSummary.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.4.11',
      status: 'partially-supports',
      how: 'The label or legend is scrolled into view with the field.',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Every error is listed in text.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > takes focus, has a translated heading, lists links and has no alert role' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Moving focus makes screen readers read it; no competing live region.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ErrorSummary.test.tsx > takes focus, has a translated heading, lists links and has no alert role' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-errorsummary--english: Tab',
      '“Enter an email address in the correct format, like name@example.com link.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: "A sticky header can cover the field's label when a link scrolls the field into view.",
      criteria: ['2.4.11'],
      workaround: 'Give labels `scroll-margin-block-start` equal to the header height.',
    },
  ],
});
