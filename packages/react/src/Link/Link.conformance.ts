import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Link',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Inline links are underlined; hover thickens the underline.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.3',
      status: 'supports',
      how: 'Link and visited colours 4.5:1 on page surfaces.',
      verifiedBy: [
        { kind: 'axe', ref: 'Link.stories.tsx > *' },
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'browser-check', ref: 'stories:themes > axe in dark and high contrast' },
        { kind: 'manual', ref: 'Text contrast in states the stories do not show (hover, visited) and in your own colours' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: 'New-tab and external destinations are stated in words.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Link.test.tsx > is a native link that follows on Enter' },
        { kind: 'unit-test', ref: 'Link.test.tsx > says in words that a link opens a new tab, with a safe rel' },
        { kind: 'axe', ref: 'Link.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'Link.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.13',
      status: 'supports',
      how: 'Two-colour focus ring.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'Focus indicator: at least 2 px thick, 3:1 against the unfocused state' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Standalone links are 44 px high; inline links are exempt in text.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.2.5',
      status: 'supports',
      how: 'A new tab is announced before it opens.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Link.test.tsx > says in words that a link opens a new tab, with a safe rel' },
        { kind: 'manual', ref: 'A link that opens a new tab says so before it is followed' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-link--english: Tab',
      '“Traficom (external site, opens in a new tab) link.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
