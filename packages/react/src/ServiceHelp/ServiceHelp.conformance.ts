import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'ServiceHelp',
  reviewed: '2026-12-07',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'A section with a heading (not a landmark, so a page or a docs page may show it more than once); each way of getting help is a term and its details in a description list.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ServiceHelp.test.tsx > is a section with a heading, with the ways to get help as a description list' },
        { kind: 'axe', ref: 'ServiceHelp.test.tsx > has no axe violations' },
        { kind: 'axe', ref: 'ServiceHelp.stories.tsx > *' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'The ways flow into columns that stack at 320 CSS px; long names and addresses wrap, a phone number does not break inside a group.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: 'Each link says where it goes: the phone number itself, the email address, "Avaa chat", "Katso kartalta".',
      verifiedBy: [{ kind: 'unit-test', ref: 'ServiceHelp.test.tsx > reaches every link with Tab in reading order' }],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring on every link.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Links at least 24 px high.',
      verifiedBy: [{ kind: 'browser-check', ref: 'test:audit > target-size' }],
    },
    {
      id: '3.2.6',
      status: 'supports',
      how: 'Technique G220: the ways of getting help are always listed in one fixed order (phone, textphone, sign language, chat, email, visit, free advice), whatever order the app passes them in; Header and Footer give it one place, and the pattern pages show it in the same place on every page.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ServiceHelp.test.tsx > keeps one order whatever order the props are given in' },
        { kind: 'story-test', ref: 'ServiceHelp.stories.tsx > AllWays' },
        { kind: 'manual', ref: 'Help is in the same place and order on every page of the service' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-servicehelp--default, --english: h, Tab, shift+h (scripts/sr/help.sr.ts)',
      '“Tarvitsetko apua? heading level 2.” Tab: “09 310 12345 link.” (the number read in its groups)',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: 'A screen reader may read a number written without spaces as one large number.',
      criteria: ['1.3.1'],
      workaround: 'Write numbers in their groups ("09 310 12345"); the link dials the digits.',
    },
  ],
});
