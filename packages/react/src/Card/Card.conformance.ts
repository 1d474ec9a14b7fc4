import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Card',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'A real heading of the chosen level; media after the heading in the source.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Card.test.tsx > has a heading of the given level and its content' },
        { kind: 'axe', ref: 'Card.test.tsx > has no axe violations, plain, linked, with media' },
        { kind: 'axe', ref: 'Card.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Text wraps; media scales to the card width.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: "The link's name is the card title.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'Card.test.tsx > a linked card has exactly one link, inside the heading, named by the title' },
        { kind: 'unit-test', ref: 'Card.test.tsx > other controls in a linked card stay reachable after the card link' },
        { kind: 'axe', ref: 'Card.test.tsx > has no axe violations, plain, linked, with media' },
        { kind: 'axe', ref: 'Card.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.4.7',
      status: 'partially-supports',
      how: 'The focus ring surrounds the whole card.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.13',
      status: 'supports',
      how: 'The focus ring surrounds the whole card.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'Focus indicator: at least 2 px thick, 3:1 against the unfocused state' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'The whole card is the target.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [
    {
      description: 'The focus ring of a linked card is drawn by a pseudo-element; a parent with `overflow: hidden` can clip it.',
      criteria: ['2.4.7'],
      workaround: 'Do not put linked cards inside a container with `overflow: hidden`.',
    },
  ],
});
