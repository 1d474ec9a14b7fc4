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
      '“Poistetaanko hakemus? dialog. alert Poistetaanko hakemus? Poistettua hakemusta ei voi palauttaa. Peruuta push button.”: the message once; Escape: focus back on “Poista hakemus” (checked in the page)',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description:
        'The `alertdialog` role is on the row of buttons inside the modal `<dialog>` (named by the title, described by the message), not on the `<dialog>`: with the role on the `<dialog>` (and with the APG example\'s `<div role="alertdialog" aria-modal="true">`) Orca 43 with Chromium 156 read the message three times, because it reads an alert\'s whole content each time Chromium reports it added. Screen readers that announce both containers say the title twice (“Poistetaanko hakemus? dialog”, then the alert dialog with the same name); Orca does. NVDA, JAWS and VoiceOver not yet tested with this shape.',
      criteria: ['4.1.2'],
    },
  ],
});
