// What Orca says on the form fields: name, role, state, hint (description) and error, in fi, sv and en.
import { describe, test } from 'vitest';
import { hear, unavailable, withScreenReader } from './harness.ts';

withScreenReader();

describe.skipIf(unavailable)('fields', () => {
  test('TextInput: label, required, hint; error state says invalid and the error', async () => {
    await hear('components-textinput--with-hint', [{ key: 'Tab', hear: ['Sähköposti', 'entry', 'required', 'Lähetämme päätöksen tähän osoitteeseen.'] }]);
    await hear('components-textinput--error', [
      { key: 'Tab', hear: ['Sähköposti', 'invalid entry', 'Virhe: Kirjoita sähköpostiosoite oikeassa muodossa'] },
    ]);
  });

  test('Checkbox: name, state, error; Space says checked', async () => {
    await hear('components-checkbox--error', [
      { key: 'Tab', hear: ['Hyväksyn käyttöehdot', 'check box', 'not checked', 'invalid entry', 'Virhe: Hyväksy käyttöehdot'] },
      { key: 'space', hear: ['checked'], notHear: ['not checked'] },
    ]);
  });
});
