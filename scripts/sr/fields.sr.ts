// What Orca says on the form fields when a resident Tabs to them: name, role, state, value, hint
// (description) and error, in Finnish, Swedish and English stories.
import { describe, test } from 'vitest';
import { hear, unavailable } from './harness.ts';


describe.skipIf(unavailable)('fields', () => {
  test('TextInput: label, required and hint; in the error state "invalid" and the error text', async () => {
    await hear('components-textinput--with-hint', [{ key: 'Tab', hear: ['Sähköposti', 'entry', 'required', 'Lähetämme päätöksen tähän osoitteeseen.'] }]);
    await hear('components-textinput--error', [{ key: 'Tab', hear: ['Sähköposti', 'invalid entry', 'Virhe: Kirjoita sähköpostiosoite oikeassa muodossa'] }]);
  });

  test('Textarea: label, optional, hint and the characters left', async () => {
    await hear('components-textarea--character-count', [{ key: 'Tab', hear: ['Lyhyt kuvaus (valinnainen)', 'entry', 'Kuvaus näkyy julkisesti palautekartalla.', 'Voit kirjoittaa vielä 40 merkkiä.'] }]);
  });

  test('NumberInput (en): label, value, invalid and the error', async () => {
    await hear('components-numberinput--english', [{ key: 'Tab', hear: ['Monthly rent (optional)', 'entry', 'eight hundred', 'invalid entry', 'Error: Enter a number using digits'] }]);
  });

  test('PasswordInput (en): label, password text, error; the show button says the password is visible', async () => {
    await hear('components-passwordinput--english', [
      { key: 'Tab', hear: ['Password (optional)', 'password text', 'Error: Enter your password.'] },
      { key: 'Tab', hear: ['Show password', 'push button'] },
      { key: 'space', hear: ['Your password is visible'], focus: 'Hide password' },
    ]);
  });

  test('SearchInput (sv): the search landmark and the field name', async () => {
    await hear('components-searchinput--swedish', [{ key: 'Tab', hear: ['search', 'Sök på webbplatsen', 'entry'] }]);
  });

  test('DateInput (en): the group name, each part, and the invalid part', async () => {
    await hear('components-dateinput--english', [
      { key: 'Tab', hear: ['Date of birth (optional)', 'Day', 'entry', '27'] },
      { key: 'Tab', hear: ['Month', 'entry', 'invalid entry'] },
    ]);
  });

  test('FileInput (en): name once, button role and the accepted files', async () => {
    // The label was read twice (the <label>, then Chromium's name "label: No file chosen") until the input
    // took its label's text as aria-label.
    await hear('components-fileinput--english', [{ key: 'Tab', hear: ['push button', 'PDF, JPG or PNG, up to 5 MB.'], once: ['Lease agreement (optional)'] }]);
  });

  test('Select: name, combo box role, current value and hint', async () => {
    await hear('components-select--with-hint', [{ key: 'Tab', hear: ['Kaupunginosa', 'combo box', 'Valitse', 'Kaupunginosa, jossa asut.'] }]);
  });

  test('Checkbox (fi, en): name, state, invalid, error; Space says checked', async () => {
    await hear('components-checkbox--error', [
      { key: 'Tab', hear: ['Hyväksyn käyttöehdot', 'check box', 'not checked', 'invalid entry', 'Virhe: Hyväksy käyttöehdot'] },
      { key: 'space', hear: ['checked'], notHear: ['not checked'] },
    ]);
    await hear('components-checkbox--english', [
      { key: 'Tab', hear: ['I accept the terms of use', 'check box', 'not checked', 'Error: Accept the terms of use to continue.'] },
      { key: 'space', hear: ['checked'], notHear: ['not checked'] },
    ]);
  });

  // CheckboxGroup (sv) and RadioGroup (en), with their errors: states.sr.ts (one story load each).
});
