// Dialogs, the combobox and announcements: what opens is announced once and as what it is, focus returns,
// and messages (result counts, toasts, notifications) are heard, also inside a modal dialog.
import { describe, test } from 'vitest';
import { hear, unavailable } from './harness.ts';


describe.skipIf(unavailable)('dialogs', () => {
  // Focus return used to be silent: Orca 43 follows focus from a dialog whose content is already gone without
  // a word. The dialog now stays rendered (invisible) for a moment after closing, and the opener is read.
  test('Dialog: opening reads the title, role, description and the focused field; Escape returns focus to the opener, read', async () => {
    await hear('components-dialog--closed', [
      { key: 'Tab', hear: ['Muuta osoitetta', 'push button'] },
      { key: 'Return', hear: ['Muuta osoitetta', 'dialog', 'Muutos tulee voimaan huomenna.', 'Katuosoite', 'entry'] },
      { key: 'Escape', hear: ['Muuta osoitetta push button'], focus: 'Muuta osoitetta' },
    ]);
  });

  // Orca 43 reads an alert's whole content each time Chromium reports it added: with the role on the
  // <dialog> itself (reported twice as it enters the top layer) the message was heard three times. The role
  // is now on the buttons' row inside the dialog, named by the title and described by the message: heard once.
  test('AlertDialog: opening says alert, the title, the message once and the focused Cancel; Escape returns focus', async () => {
    await hear('components-alertdialog--closed', [
      { key: 'Tab', hear: ['Poista hakemus', 'push button'] },
      {
        key: 'Return',
        // Orca sometimes first reads the buttons' row as the alert appears ("Poista hakemus push button.
        // Peruuta push button."), so the focused button is not checked for "once".
        hear: ['Poistetaanko hakemus?', 'Peruuta push button'],
        once: ['alert', 'Poistettua hakemusta ei voi palauttaa.'],
        focus: 'Peruuta',
      },
      { key: 'Escape', hear: ['Poista hakemus push button'], focus: 'Poista hakemus' },
    ]);
  });
});

describe.skipIf(unavailable)('combobox', () => {
  test('Tab from the open list leaves the widget instead of entering the listbox container', async () => {
    // The story's play function opened the list with the "Show options" button; focus is in the input.
    await hear('components-combobox--english', [{ key: 'Tab', notHear: ['List with'], notFocus: '[listbox]' }], { fromTop: false });
  });

  test('typing says expanded and then the result count; Down reads the option; Enter chooses it', async () => {
    await hear('components-combobox--default', [
      { key: 'Tab', hear: ['Kotikunta (valinnainen)', 'editable combo box'] },
      // The count follows "expanded" once typing pauses (seen 0.8 to 2 s later): listen long enough for both.
      { type: 'tam', hear: ['expanded', '1 tulos saatavilla'], timing: { minMs: 2500 } },
      { key: 'Down', hear: ['Tampere'] },
      { key: 'Return', hear: ['Kotikunta (valinnainen)', 'Tampere'] },
    ]);
  });

  test('no results is announced', async () => {
    await hear('components-combobox--no-results', [
      { key: 'Tab', hear: ['Kotikunta (valinnainen)', 'editable combo box'] },
      { type: 'x', hear: ['Ei tuloksia'], timing: { minMs: 2000 } },
    ]);
  });

  test('inside a modal dialog the result count is still heard', async () => {
    // The play function typed into the combobox in the open dialog (focus stays there); typing again is
    // followed by the new count, read from the live region inside the dialog (outside it, it was silent).
    await hear('components-combobox--in-dialog', [{ type: 'm', hear: [/\d+ tulosta? saatavilla/], timing: { minMs: 2500 } }], { fromTop: false });
  });
});

describe.skipIf(unavailable)('announcements', () => {
  test('inside a modal dialog: a FileInput removal and a Table sort message are heard', async () => {
    // The story opens the dialog and its play function chose a file (focus stays in the dialog): the page behind
    // is inert, so these come from the live region inside the dialog.
    await hear(
      'components-dialog--announcements-inside',
      [
        // Orca sometimes presents the open dialog late, after the page has loaded: let it finish first.
        { listen: true, timing: { minMs: 1500 } },
        { key: 'Tab', hear: ['Poista liite.pdf', 'push button'] },
        { key: 'Return', hear: ['liite.pdf poistettu'], focus: 'Liite' },
        { key: 'Tab', hear: ['Rekisterinumero push button'] },
        { key: 'Tab', hear: ['Alue push button'] },
        { key: 'Return', hear: ['Lajiteltu sarakkeen Alue mukaan nousevaan järjestykseen'] },
      ],
      { fromTop: false },
    );
  });

  test('Toast (en): the message is read when it appears', async () => {
    await hear('components-toast--english', [
      { key: 'Tab', hear: ['Save', 'push button'] },
      { key: 'Return', hear: ['Success.', 'Saved.', 'Your draft is saved.'] },
    ]);
  });

  test('Notification: an announced notification is read when it appears', async () => {
    // The story's play function has shown it once; close it and show it again.
    await hear('components-notification--announced', [
      { key: 'Tab', hear: ['Näytä ilmoitus', 'push button'] },
      { key: 'Tab', hear: ['Sulje ilmoitus', 'push button'] },
      { key: 'Return', focus: 'Näytä ilmoitus' },
      { key: 'Return', hear: ['Onnistui.', 'Tiedot tallennettu.'] },
    ]);
  });

  test('ErrorSummary (en): the links to the fields with errors are read', async () => {
    await hear('components-errorsummary--english', [{ key: 'Tab', hear: ['Enter an email address in the correct format', 'link'] }]);
  });
});
