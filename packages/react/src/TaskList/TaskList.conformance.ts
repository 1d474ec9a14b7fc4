import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'TaskList',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Headings, lists named by them, status tied to the link with `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'TaskList.test.tsx > groups tasks in lists named by their headings, status in words' },
        { kind: 'unit-test', ref: 'TaskList.test.tsx > links tasks that can be started, described by their status; not the others' },
        { kind: 'unit-test', ref: 'TaskList.test.tsx > describes a link by its hint and status' },
        { kind: 'axe', ref: 'TaskList.test.tsx > has no axe violations, with tasks and empty' },
        { kind: 'axe', ref: 'TaskList.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Every status is written out; tags also have a border.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'The status moves under the name on narrow screens.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'Group headings at the level you choose.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'TaskList.test.tsx > groups tasks in lists named by their headings, status in words' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: "The whole row is the link's target.",
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
