import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Notification',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.1.1',
      status: 'supports',
      how: 'Icons are decorative (`aria-hidden`); the type is in words.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Notification.test.tsx > says its type in words (Finnish by default) and hides the icon' },
        { kind: 'axe', ref: 'Notification.test.tsx > has no axe violations in any type, with and without title, label and close' },
        { kind: 'axe', ref: 'Notification.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: icons and images are named, or skipped when decorative' },
      ],
    },
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Type word before the title; optional real heading.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Notification.test.tsx > says its type in words (Finnish by default) and hides the icon' },
        { kind: 'unit-test', ref: 'Notification.test.tsx > renders the title as a heading when given a level' },
        { kind: 'axe', ref: 'Notification.test.tsx > has no axe violations in any type, with and without title, label and close' },
        { kind: 'axe', ref: 'Notification.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Type in words and icon shape; border styles differ in forced colours.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'Border and icon at least 3:1.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Closing moves focus to a sensible place, not to the top of the page.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Notification.test.tsx > closes with a translated button by keyboard and returns focus to where it came from' },
        { kind: 'unit-test', ref: 'Notification.test.tsx > closes with Space and moves focus to returnFocusRef' },
        { kind: 'story-test', ref: 'Notification.stories.tsx > Dismissible' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Close button 44 × 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Close button named "Sulje ilmoitus" / "Stäng meddelandet" / "Close notification".',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Notification.test.tsx > closes with a translated button by keyboard and returns focus to where it came from' },
        { kind: 'unit-test', ref: 'Notification.test.tsx > uses Finnish and Swedish close labels' },
        { kind: 'axe', ref: 'Notification.test.tsx > has no axe violations in any type, with and without title, label and close' },
        { kind: 'axe', ref: 'Notification.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'partially-supports',
      how: '`mode="announced"` uses the polite status or assertive alert region.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Notification.test.tsx > inline mode announces nothing' },
        { kind: 'unit-test', ref: 'Notification.test.tsx > announced info/success goes to the polite status region after 100 ms' },
        { kind: 'unit-test', ref: 'Notification.test.tsx > announced %s goes to the assertive alert region' },
        { kind: 'unit-test', ref: 'Notification.test.tsx > announces again when its text changes, not on every render' },
        { kind: 'story-test', ref: 'Notification.stories.tsx > Announced' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-notification--announced: Tab, Tab, Enter, Enter',
      '“Sulje ilmoitus push button.” Shown again: “Onnistui. Tiedot tallennettu. Voit jatkaa hakemusta myöhemmin.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: 'When two announced notifications appear within 100 ms of each other, only the last is read.',
      criteria: ['4.1.3'],
    },
  ],
});
