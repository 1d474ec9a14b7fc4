import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DateInput, datePartsFromFormData, validateDateParts } from '../DateInput';
import { Form } from '../Form';
import { NumberInput, validateNumber } from '../NumberInput';
import { AukioProvider, useStrings } from './AukioProvider';
import { catalogues } from './catalogue';
import { formatString, locales } from './locales';
import { dateInputMessages } from './messages/dateInput';
import { numberInputMessages } from './messages/numberInput';
import { plainCatalogues } from './plainCatalogue';
import { checkErrorMessage, countWords, isErrorMessageKey } from './writingRules';

const registers = { standard: catalogues, plain: plainCatalogues };
const errorKeys = Object.keys(catalogues.en).filter(isErrorMessageKey);

describe('the rule functions', () => {
  it('reject a planted "Please enter a valid date" and its Finnish and Swedish counterparts', () => {
    expect(checkErrorMessage('Please enter a valid date', 'en')).toEqual(['banned word "please"', 'banned word "valid"']);
    expect(checkErrorMessage('Ole hyvä ja anna kelvollinen päivämäärä', 'fi')).toEqual(['banned word "ole hyvä"', 'banned word "kelvolli"']);
    expect(checkErrorMessage('Vänligen ange ett giltigt datum', 'sv')).toEqual(['banned word "vänligen"', 'banned word "giltig"']);
    expect(checkErrorMessage('Virheellinen syöte', 'fi')).toEqual(['banned word "virheelli"']);
    expect(checkErrorMessage('Oops! Something went wrong', 'en')).toContain('exclamation mark');
  });
  it('do not flag words that only contain a banned one', () => {
    expect(checkErrorMessage('Enter the date of validation', 'en')).toEqual([]);
    expect(checkErrorMessage('Enter a date', 'en')).toEqual([]);
  });
  it('count a placeholder as one word and reject a message over 15 words', () => {
    expect(countWords('{name} is too large: the limit is {max}. Choose a smaller file')).toBe(12);
    expect(checkErrorMessage('The date you entered must be a real date in the calendar and it must also be after today', 'en')).toEqual([
      '19 words (at most 15)',
    ]);
  });
  it('reject four sentences in one message', () => {
    expect(checkErrorMessage('It failed. We kept it. We know. Try again.', 'en')).toEqual(['4 sentences (at most 3: what happened, what was kept, what to do)']);
  });
  it('reject two instructions in one message', () => {
    expect(checkErrorMessage('Check the day. Enter the month as a number', 'en')).toEqual(['2 instructions (at most one)']);
    expect(checkErrorMessage('Tarkista päivä. Kirjoita kuukausi numeroina', 'fi')).toEqual(['2 instructions (at most one)']);
  });
  it('find the error messages by their keys', () => {
    for (const key of ['dateInput.notReal', 'numberInput.invalid', 'fileInput.tooMany.other', 'fileInput.empty', 'characterCount.over.one', 'consentSettings.saveError', 'personalData.requestFailed', 'combobox.error']) {
      expect(errorKeys, key).toContain(key);
    }
    for (const key of ['notification.error', 'field.required', 'field.errorPrefix', 'dateInput.day', 'table.empty', 'personalData.empty']) {
      expect(errorKeys, key).not.toContain(key);
    }
  });
});

describe.each(Object.entries(registers))('error messages in the %s register', (_register, table) => {
  it.each(locales)('%s: keep the writing rules', (locale) => {
    const broken = errorKeys
      .map((key) => [key, table[locale][key as keyof (typeof table)['en']]] as const)
      .map(([key, text]) => [key, text, checkErrorMessage(text, locale)] as const)
      .filter(([, , problems]) => problems.length > 0)
      .map(([key, text, problems]) => `${key}: "${text}" — ${problems.join(', ')}`);
    expect(broken).toEqual([]);
  });
});

describe.each(['standard', 'plain'] as const)('the %s register beside the field and in the error summary', (register) => {
  function Application() {
    // The app validates with the texts of the register in use, as the docs show.
    const dateTexts = useStrings(dateInputMessages);
    const numberTexts = useStrings(numberInputMessages);
    return (
      <Form
        onValidate={(fd) => ({
          moving: validateDateParts(datePartsFromFormData(fd, 'moving'), { locale: 'en', strings: dateTexts, required: true }).error,
          rooms: validateNumber(String(fd.get('rooms') ?? ''), { locale: 'en', strings: numberTexts, integer: true }).error,
        })}
      >
        <DateInput legend="Moving date" name="moving" id="moving" validateOn="submit" />
        <NumberInput label="Rooms" name="rooms" validateOn="submit" />
        <button type="submit">Send</button>
      </Form>
    );
  }

  it('gives the same text from the validator on a server, with no React', () => {
    const error = validateDateParts({ day: '12', month: '', year: '' }, { locale: 'en', register }).error;
    expect(error).toBe((register === 'plain' ? plainCatalogues : catalogues).en['dateInput.missingMonthYear']);
  });
  it('shows one text, in the register, at the field and in the summary', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en" register={register}>
        <Application />
      </AukioProvider>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '12');
    await user.type(screen.getByRole('textbox', { name: /Rooms/ }), 'two');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const table = register === 'plain' ? plainCatalogues.en : catalogues.en;
    const expected = [table['dateInput.missingMonthYear'], formatString(table['numberInput.invalid'], { example: '12' })];
    await waitFor(() => expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(expected));
    const monthYear = screen.getByRole('group', { name: /Moving date/ });
    expect(monthYear).toHaveAccessibleDescription(new RegExp(expected[0]!));
    expect(screen.getByRole('textbox', { name: /Rooms/ })).toHaveAccessibleDescription(`Error: ${expected[1]}`);
    if (register === 'plain') expect(expected[0]).not.toBe(catalogues.en['dateInput.missingMonthYear']);
  });
});
