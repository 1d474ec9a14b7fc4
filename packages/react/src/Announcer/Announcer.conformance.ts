import { defineConformance, displaySettings, orcaInCi, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Announcer',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Messages are plain text, atomic (`aria-atomic="true"`).',
      verifiedBy: [
        { kind: 'axe', ref: 'Announcer.test.tsx > has no axe violations, empty and with a message' },
        { kind: 'axe', ref: 'Announcer.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '4.1.3',
      status: 'partially-supports',
      how: 'Messages reach assistive technology without moving focus (`role="status"` / `role="alert"`).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Announcer.test.tsx > useAnnounce writes into the pre-rendered polite region 100 ms after the click, not before' },
        { kind: 'unit-test', ref: 'Announcer.test.tsx > sends assertive messages to the alert region' },
        { kind: 'unit-test', ref: 'Announcer.test.tsx > takes over a region made on the fly before it mounted, and the pending message lands in it' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-announcer--polite: Tab, Enter',
      '“Luonnos tallennettu” read after the button is pressed; inside a modal dialog (components-combobox--in-dialog): “3 tulosta saatavilla”',
    ),
    ...screenReaders,
    ...displaySettings,
  ],
  knownIssues: [
    {
      description: 'A second message within 100 ms in the same region replaces the first, which is then not read.',
      criteria: ['4.1.3'],
      workaround: 'Combine messages that belong together into one announcement.',
    },
    {
      description: 'Announcements are not kept on braille displays for long.',
      criteria: ['4.1.3'],
      workaround: 'Show important results on the page as well.',
    },
  ],
});
