import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Tabs',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`tablist` / `tab` / `tabpanel` roles, `aria-controls`, panels labelled by tabs.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tabs.test.tsx > wires tablist, tabs and panels with roles, aria-selected, aria-controls and aria-labelledby' },
        { kind: 'unit-test', ref: 'Tabs.test.tsx > Tab enters the tablist on the selected tab only (roving tabindex), then moves to the panel' },
        { kind: 'axe', ref: 'Tabs.test.tsx > has no axe violations on each tab' },
        { kind: 'axe', ref: 'Tabs.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Arrow keys, Home, End, Enter, Space; Tab reaches the panel.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tabs.test.tsx > Tab enters the tablist on the selected tab only (roving tabindex), then moves to the panel' },
        { kind: 'unit-test', ref: 'Tabs.test.tsx > Right Arrow moves to and selects the next tab, skipping disabled ones, wrapping at the end' },
        { kind: 'unit-test', ref: 'Tabs.test.tsx > Left Arrow moves to and selects the previous tab, wrapping at the start' },
        { kind: 'unit-test', ref: 'Tabs.test.tsx > Home and End move to and select the first and last tab' },
        { kind: 'unit-test', ref: 'Tabs.test.tsx > manual activation: arrows move focus only; Enter or Space selects' },
        { kind: 'story-test', ref: 'Tabs.stories.tsx > Automatic' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Roving tabindex: one tab stop for the list, then the panel.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tabs.test.tsx > Tab enters the tablist on the selected tab only (roving tabindex), then moves to the panel' },
        { kind: 'unit-test', ref: 'Tabs.test.tsx > a panel without focusable content is itself a tab stop' },
        { kind: 'story-test', ref: 'Tabs.stories.tsx > Automatic' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus ring on tabs and focusable panels.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Tabs are at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: '`aria-selected` on the selected tab; the list has a required name.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Tabs.test.tsx > wires tablist, tabs and panels with roles, aria-selected, aria-controls and aria-labelledby' },
        { kind: 'unit-test', ref: 'Tabs.test.tsx > manual activation: arrows move focus only; Enter or Space selects' },
        { kind: 'axe', ref: 'Tabs.test.tsx > has no axe violations on each tab' },
        { kind: 'axe', ref: 'Tabs.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-tabs--swedish, --second-selected: Tab, Right, Left',
      '“Uppgifter page tab.” Right: “Dokument page tab.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
