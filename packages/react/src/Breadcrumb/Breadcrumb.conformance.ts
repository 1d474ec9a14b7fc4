import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Breadcrumb',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<nav>` with a name, `<ol>` for order, `aria-current="page"` for the current page.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Breadcrumb.test.tsx > is a labelled nav with an ordered list, the current page marked and not a link' },
        { kind: 'unit-test', ref: 'Breadcrumb.test.tsx > lets keyboard users tab through the links in order' },
        { kind: 'axe', ref: 'Breadcrumb.test.tsx > has no axe violations, collapsed or not' },
        { kind: 'axe', ref: 'Breadcrumb.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Items wrap; nothing scrolls sideways at 320 CSS px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.5',
      status: 'supports',
      how: 'Shows the location and the way up.',
      verifiedBy: [
        { kind: 'manual', ref: 'The page can also be reached another way (navigation, search)' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring on each link.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.8',
      status: 'supports',
      how: 'Shows the location and the way up.',
      verifiedBy: [
        { kind: 'manual', ref: 'The user can tell where they are in the service' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Links at least 24 px high, with spacing between them.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-breadcrumb--english: Tab, Tab',
      '“Home link.” “Traffic link.” The current page is the last item, text with aria-current="page", not a link: Tab does not reach it, and Orca 43 does not present aria-current',
    ),
    ...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
