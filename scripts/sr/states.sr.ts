// Field states (required, invalid, the error text), progress, sorting and loading: what Orca says about the
// state of things, in Finnish, Swedish and English stories. Where Orca 43 itself cannot say a state (no
// "invalid" or "required" for combo boxes, radio buttons and password fields, no aria-current at all), the
// test checks what it does say and the component's record names the gap.
import { describe, test } from 'vitest';
import { hear, unavailable } from './harness.ts';


describe.skipIf(unavailable)('field states', () => {
  test('TextInput required (fi) and Textarea with an error (fi): required, invalid entry and the error text', async () => {
    await hear('components-textinput--required-marker', [{ key: 'Tab', hear: ['Etunimi (pakollinen)', 'entry', 'required'] }]);
    await hear('components-textarea--error', [
      { key: 'Tab', hear: ['Kuvaile ongelmaa', 'entry', 'required', 'invalid entry', 'Kerro, mitä tapahtui ja missä.', 'Virhe: Kuvaile ongelmaa.'] },
    ]);
  });

  test('Select with an error (fi): name, role, value and the error text (Orca 43 says no "invalid" for a combo box)', async () => {
    await hear('components-select--error', [{ key: 'Tab', hear: ['Kaupunginosa', 'combo box', 'Valitse', 'Virhe: Valitse kaupunginosa.'] }]);
  });

  test('CheckboxGroup with an error (fi): the question, the first option, invalid entry', async () => {
    await hear('components-checkboxgroup--error', [
      { key: 'Tab', hear: ['Miten haluat, että otamme sinuun yhteyttä?', 'Sähköposti', 'check box', 'not checked', 'invalid entry'] },
    ]);
  });

  // Known gap, kept visible: a group's error text describes the <fieldset>, and Orca 43 reads the group's name
  // but not its description when Tab enters the group, so the error itself is not heard (radio buttons get no
  // "invalid entry" from Orca either). These fail while that is so; when they pass, make them plain tests.
  test.fails('CheckboxGroup with an error (fi): the error text is heard on entering the group (known gap)', async () => {
    await hear('components-checkboxgroup--error', [{ key: 'Tab', hear: ['Virhe:'] }]);
  });
  test.fails('RadioGroup with an error (fi): the error text is heard on entering the group (known gap)', async () => {
    await hear('components-radiogroup--error', [{ key: 'Tab', hear: ['Virhe:'] }]);
  });
});

describe.skipIf(unavailable)('progress, sorting and loading', () => {
  test('ProgressBar: the new value is read when it changes (fi); browse mode reads name and value (en, sv)', async () => {
    await hear('components-progressbar--interactive', [
      { key: 'Tab', hear: ['push button'] },
      { key: 'Return', hear: ['Lähetys: 50 %'] },
    ]);
    await hear('components-progressbar--english', [
      { key: 'Down', hear: ['Uploading attachment'] },
      { key: 'Down', hear: ['Uploading attachment', '60 percent'] },
    ]);
    await hear('components-progressbar--swedish', [
      { key: 'Down', hear: ['Bilagan laddas upp'] },
      { key: 'Down', hear: ['Bilagan laddas upp', '60 percent'] },
    ]);
  });

  test('Table (fi): the table and sort buttons; sorting is said by Orca and by the table\'s own message', async () => {
    await hear('components-table--sortable', [
      // The table's caption and size are read on entering it most of the time, not always: not asserted.
      { key: 'Tab', hear: ['Rekisterinumero push button'] },
      { key: 'Tab', hear: ['column header', 'Alue push button'] },
      { key: 'Return', hear: ['sorted ascending', 'Lajiteltu sarakkeen Alue mukaan nousevaan järjestykseen'] },
      { key: 'space', hear: ['sorted descending', 'Lajiteltu sarakkeen Alue mukaan laskevaan järjestykseen'] },
    ]);
  });

  test('Combobox with options loaded as you type (fi): expanded, the loading message, then the result count', async () => {
    await hear('components-combobox--async', [
      { key: 'Tab', hear: ['Kotikunta (valinnainen)', 'editable combo box'] },
      // The options arrive after a pause: listen long enough for the loading message and the count.
      { type: 'tam', hear: ['expanded', 'Ladataan vaihtoehtoja', /\d+ tulos(ta)? saatavilla/], timing: { minMs: 4000, maxMs: 7000 } },
    ]);
  });
});
