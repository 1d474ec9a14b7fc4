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

  test('TextInput with an error (sv, en): the optional marker, invalid entry, the hint and the error text', async () => {
    await hear('components-textinput--swedish', [
      { key: 'Tab', hear: ['E-post (frivillig)', 'entry', 'invalid entry', 'Vi skickar beslutet hit.', 'Fel: Skriv e-postadressen i rätt format'] },
    ]);
    await hear('components-textinput--english', [
      { key: 'Tab', hear: ['Email (optional)', 'entry', 'invalid entry', 'We send the decision here.', 'Error: Enter an email address in the correct format'] },
    ]);
  });

  test('Select with an error (fi, sv): name, role, value and the error text (Orca 43 says no "invalid" for a combo box)', async () => {
    await hear('components-select--error', [{ key: 'Tab', hear: ['Kaupunginosa', 'combo box', 'Valitse', 'Virhe: Valitse kaupunginosa.'] }]);
    await hear('components-select--swedish', [{ key: 'Tab', hear: ['Stadsdel (frivillig)', 'combo box', 'Välj', 'Stadsdelen där du bor.', 'Fel: Välj stadsdel'] }]);
  });

  test('Checkbox with an error (sv): name, state, invalid entry and the error text', async () => {
    await hear('components-checkbox--swedish', [
      { key: 'Tab', hear: ['Jag godkänner användarvillkoren', 'check box', 'not checked', 'invalid entry', 'Fel: Godkänn användarvillkoren för att fortsätta'] },
    ]);
  });

  test('Fieldset with an error (en): the group, the first field with the group\'s hint and error, the next field without them', async () => {
    await hear('components-fieldset--english', [
      { key: 'Tab', hear: ['Home address', 'Street address (optional)', 'entry', 'Where you live now.', 'Error: Enter your full address'] },
      { key: 'Tab', hear: ['Postal code (optional)', 'entry'], notHear: ['Error:'] },
    ]);
  });

  // A group's hint and error describe the <fieldset>, and Orca 43 reads the group's name but not its description
  // when Tab enters the group: the controls in it carry them too (internal/field.tsx, useGroupDescription), on
  // the one focus enters on only, so Tab through the boxes or arrows through the radios do not repeat them.
  test('CheckboxGroup with an error (fi, sv, en): the question, the first option, invalid entry and the error once; Space checks', async () => {
    await hear('components-checkboxgroup--error', [
      { key: 'Tab', hear: ['Miten haluat, että otamme sinuun yhteyttä?', 'Sähköposti', 'check box', 'not checked', 'invalid entry', 'Valitse kaikki sopivat.', 'Virhe: Valitse, miten otamme sinuun yhteyttä'] },
      { key: 'Tab', hear: ['Tekstiviesti', 'check box', 'invalid entry'], notHear: ['Virhe:'] },
    ]);
    await hear('components-checkboxgroup--swedish', [
      { key: 'Tab', hear: ['Hur vill du att vi kontaktar dig?', 'E-post', 'check box', 'invalid entry', 'Välj alla som passar.', 'Fel: Välj hur vi ska kontakta dig'] },
      { key: 'Tab', hear: ['Textmeddelande', 'check box'], notHear: ['Fel:'] },
      { key: 'space', hear: ['checked'], notHear: ['not checked'] },
    ]);
    await hear('components-checkboxgroup--english', [
      { key: 'Tab', hear: ['How should we contact you?', 'Email', 'check box', 'invalid entry', 'Select all that apply.', 'Error: Select how we should contact you'] },
    ]);
  });

  test('RadioGroup with an error (fi, sv, en): the question, the option and the error text (Orca 43 says no "invalid" for radios); Down moves on', async () => {
    await hear('components-radiogroup--error', [
      { key: 'Tab', hear: ['Miten haluat saada päätöksen?', 'Postitse', 'radio button', 'Virhe: Valitse, miten haluat saada päätöksen'] },
    ]);
    await hear('components-radiogroup--swedish', [{ key: 'Tab', hear: ['Bor du i Helsingfors?', 'Ja', 'radio button', 'Fel: Välj ja eller nej'] }]);
    await hear('components-radiogroup--english', [
      { key: 'Tab', hear: ['Do you live in Helsinki?', 'Yes', 'radio button', 'Your home municipality in the population register.', 'Error: Select yes or no'] },
      { key: 'Down', hear: ['No', 'radio button'], notHear: ['Error:'] },
    ]);
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
