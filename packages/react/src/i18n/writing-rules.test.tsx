import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogue';
import { locales } from './locales';
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
