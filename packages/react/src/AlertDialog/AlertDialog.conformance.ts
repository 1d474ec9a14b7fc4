import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'AlertDialog',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`alertdialog` named by its title, described by its description.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > is an alertdialog named by its title and described by its description' },
        { kind: 'axe', ref: 'AlertDialog.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'AlertDialog.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Buttons and Escape; focus cycles inside and returns on close.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > Tab and Shift+Tab cycle between the two buttons' },
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > Escape cancels, calls onCancel and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > Enter on Cancel closes without confirming' },
        { kind: 'story-test', ref: 'AlertDialog.stories.tsx > Keyboard' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.1.2',
      status: 'supports',
      how: 'Buttons and Escape; focus cycles inside and returns on close.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > Escape cancels, calls onCancel and returns focus to the trigger' },
        { kind: 'story-test', ref: 'AlertDialog.stories.tsx > Keyboard' },
        { kind: 'browser-check', ref: 'test:audit > keyboard-trap' },
        { kind: 'manual', ref: 'Tab and Shift+Tab always lead out of the component' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Focus starts on the safe action and returns to the trigger.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > puts initial focus on the safe action, the translated Cancel' },
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > Escape cancels, calls onCancel and returns focus to the trigger' },
        { kind: 'story-test', ref: 'AlertDialog.stories.tsx > Keyboard' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '3.3.4',
      status: 'supports',
      how: 'A deliberate confirmation step before the irreversible action.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > puts initial focus on the safe action, the translated Cancel' },
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > Enter on Cancel closes without confirming' },
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > stays open when an async confirm fails' },
        { kind: 'manual', ref: 'Submissions with legal or financial effect can be reviewed, confirmed or undone' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native buttons; the confirm label is required by the types.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > is an alertdialog named by its title and described by its description' },
        { kind: 'axe', ref: 'AlertDialog.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'AlertDialog.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The pending state is announced by the loading button.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AlertDialog.test.tsx > confirms and closes; an async confirm shows loading and closes when it resolves' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-alertdialog--closed: Tab, Enter, Escape',
      '“alert Poistetaanko hakemus? Poistetaanko hakemus? Poistettua hakemusta ei voi palauttaa. Peruuta push button.”, with the whole content read twice more (known issue); Escape: focus back on “Poista hakemus”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description:
        'With Orca 43 and Chromium 156 the message is read three times when the dialog opens: Orca reads an alert dialog\'s whole content each time Chromium reports it added (twice for a `<dialog role="alertdialog">` entering the top layer) and again as the context of the focused Cancel button. Nothing is missing, but it is long. The APG example\'s own shape (a `<div role="alertdialog" aria-modal="true">`) is read three times too. Tried on 2026-12-07: the role on an element inside the `<dialog>` reads it twice; a role that wraps only the title and message reads it once but leaves the focused button unspoken and changes what other screen readers hear, so it was not adopted. Checked in `npm run test:sr` (a test that fails once this is fixed); NVDA, JAWS and VoiceOver not yet tested.',
      criteria: ['4.1.2'],
      workaround: 'Keep the message short: one sentence.',
    },
  ],
});
