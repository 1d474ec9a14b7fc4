import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Heading',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Real `<h1>`–`<h6>`; the level is required by the types.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Heading.test.tsx > renders the level as the element and the default size for it' },
        { kind: 'unit-test', ref: 'Heading.test.tsx > keeps the level when the visual size differs' },
        { kind: 'axe', ref: 'Heading.test.tsx > has no axe violations at every level' },
        { kind: 'axe', ref: 'Heading.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.4',
      status: 'supports',
      how: 'rem sizes; long words wrap and hyphenate.',
      verifiedBy: [
        { kind: 'manual', ref: 'Browser text size 200 %: no text cut off or overlapping' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'rem sizes; long words wrap and hyphenate.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'Size does not change the level.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Heading.test.tsx > keeps the level when the visual size differs' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
