import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { NumberInput } from './NumberInput';
import { formatLocaleNumber, parseLocaleNumber } from './parseLocaleNumber';
import { validateNumber } from './validateNumber';

describe('parseLocaleNumber', () => {
  it.each([
    ['1234', 1234],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,50', 1234.5],
    ['1 234,50 €', 1234.5],
    ['€ 12,5', 12.5],
    ['12 e', 12],
    ['12 euroa', 12],
    ['12 EUR', 12],
    ['1234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['-12,5', -12.5],
    ['\u221212,5', -12.5],
    ['+7', 7],
    [',5', 0.5],
    ['5,', 5],
    ['0,1', 0.1],
    ['-0', 0],
    ["1'234,5", 1234.5],
  ])('fi reads %j as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 'fi')).toBe(expected);
  });

  it.each([
    ['1 234,5', 1234.5],
    ['12 kr', 12],
    ['1234.5', 1234.5],
  ])('sv reads %j as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 'sv')).toBe(expected);
  });

  it.each([
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['1,234,567.25', 1234567.25],
    ['12,5', 12.5],
    ['$1,234.50', 1234.5],
    ['1 234.5', 1234.5],
    ['.5', 0.5],
  ])('en reads %j as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 'en')).toBe(expected);
  });

  it.each(['', '   ', 'abc', '12abc', '1e5', '12 34', '1,2,3,4', '1.2.3', '1,2.3,4', '--5', '5-', ',', '€', '12,34,5'])(
    'fi rejects %j',
    (text) => {
      expect(parseLocaleNumber(text, 'fi')).toBeNull();
    },
  );

  it('reads a dot in fi as a decimal point, never as thousands', () => {
    expect(parseLocaleNumber('1.234', 'fi')).toBe(1.234);
    expect(parseLocaleNumber('1,234', 'fi')).toBe(1.234);
    expect(parseLocaleNumber('1,234', 'en')).toBe(1234);
  });

  it('formats numbers for messages in the locale', () => {
    expect(formatLocaleNumber(1234.5, 'fi')).toBe('1\u00a0234,5');
    expect(formatLocaleNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('validateNumber', () => {
  it('gives a specific message for text that is not a number, in each locale', () => {
    expect(validateNumber('abc', { locale: 'fi' }).error).toBe('Kirjoita luku numeroina, esimerkiksi 1\u00a0234,5');
    expect(validateNumber('abc', { locale: 'sv' }).error).toBe('Skriv ett tal med siffror, till exempel 1\u00a0234,5');
    expect(validateNumber('abc', { locale: 'en' }).error).toBe('Enter a number using digits, for example 1,234.5');
  });
  it('checks min, max, step and whole numbers', () => {
    expect(validateNumber('', { min: 1 })).toEqual({ value: null });
    expect(validateNumber('0', { locale: 'en', min: 1 }).error).toBe('Enter a number that is 1 or more');
    expect(validateNumber('101', { locale: 'fi', max: 100 }).error).toBe('Kirjoita luku, joka on enintään 100');
    expect(validateNumber('101', { locale: 'sv', min: 0, max: 100 }).error).toBe('Skriv ett tal mellan 0 och 100');
    expect(validateNumber('2,3', { locale: 'fi', step: 0.5 }).error).toBe('Kirjoita 2 tai 2,5 tai muu luku 0,5:n välein');
    expect(validateNumber('2,5', { locale: 'fi', step: 0.5 })).toEqual({ value: 2.5 });
    expect(validateNumber('0.3', { locale: 'en', step: 0.1 })).toEqual({ value: 0.3 });
    expect(validateNumber('2,4', { locale: 'en', integer: true }).error).toBe(
      'Enter a whole number without decimals, for example 2',
    );
  });
  it('uses overridden strings', () => {
    expect(validateNumber('x', { strings: { 'numberInput.invalid': 'Numbers only' } as never }).error).toBe('Numbers only');
  });
});

describe('NumberInput', () => {
  it('is a text input with a numeric keyboard, never type=number', () => {
    render(<NumberInput label="Vuokra" suffix="€" />);
    const input = screen.getByRole('textbox', { name: 'Vuokra (valinnainen)' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    render(<NumberInput label="Lapsia" inputMode="numeric" />);
    expect(screen.getByRole('textbox', { name: /Lapsia/ })).toHaveAttribute('inputmode', 'numeric');
  });

  it('reports the number read in the locale with the raw text', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<NumberInput label="Tulot" onValueChange={onValueChange} />);
    await user.type(screen.getByRole('textbox'), '1 234,50 €');
    expect(onValueChange).toHaveBeenLastCalledWith(1234.5, '1 234,50 €');
  });

  it('keeps invalid text and explains the fix on blur, then clears the message when fixed', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <NumberInput label="Income" name="income" />
        <button type="button">Next</button>
      </AukioProvider>,
    );
    const input = screen.getByRole('textbox', { name: /Income/ });
    await user.type(input, 'abc');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveValue('abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Error: Enter a number using digits, for example 1,234.5');
    await user.clear(input);
    await user.type(input, '12');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('checks min and max in Swedish on blur', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="sv">
        <NumberInput label="Antal" inputMode="numeric" min={1} max={10} />
      </AukioProvider>,
    );
    const input = screen.getByRole('textbox', { name: /Antal/ });
    await user.type(input, '12');
    await user.tab();
    expect(screen.getByText('Skriv ett tal mellan 1 och 10')).toBeInTheDocument();
    expect(input).not.toHaveAttribute('min');
  });

  it('leaves checking to the form with validateOn="submit", and the app error wins', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<NumberInput label="Tulot" validateOn="submit" />);
    await user.type(screen.getByRole('textbox'), 'abc');
    await user.tab();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
    rerender(<NumberInput label="Tulot" validateOn="submit" error="Kirjoita tulosi" />);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Virhe: Kirjoita tulosi');
  });

  it('forwards ref, name, onChange and onBlur to the input', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    render(<NumberInput ref={ref} label="Tulot" name="income" onChange={onChange} onBlur={onBlur} defaultValue="5" />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(ref.current).toHaveAttribute('name', 'income');
    await user.type(ref.current!, '0');
    expect(onChange.mock.calls[0]![0].target.value).toBe('50');
    await user.tab();
    expect(onBlur).toHaveBeenCalled();
  });

  it('uncontrolled: a number as defaultValue is written in the locale, text as defaultValue stays as it is', () => {
    render(
      <>
        <NumberInput label="Vuokra" defaultValue={1234.5} />
        <AukioProvider locale="en">
          <NumberInput label="Rent" defaultValue={1234.5} />
        </AukioProvider>
        <NumberInput label="Lapsia" defaultValue="kaksi" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: /Vuokra/ })).toHaveValue('1\u00a0234,5');
    expect(screen.getByRole('textbox', { name: /Rent/ })).toHaveValue('1,234.5');
    expect(screen.getByRole('textbox', { name: /Lapsia/ })).toHaveValue('kaksi');
  });

  it('controlled by the number: what is typed stays while it reads as that number ("1," and "abc" too)', async () => {
    const user = userEvent.setup();
    const seen: Array<[number | null, string]> = [];
    function Rent() {
      const [rent, setRent] = useState<number | null>(null);
      return (
        <>
          <NumberInput
            label="Vuokra"
            value={rent}
            onValueChange={(value, raw) => {
              seen.push([value, raw]);
              setRent(value);
            }}
          />
          <output>{rent === null ? 'ei lukua' : rent * 2}</output>
          <button type="button" onClick={() => setRent(850.5)}>
            Viime kuun vuokra
          </button>
        </>
      );
    }
    render(<Rent />);
    const input = screen.getByRole('textbox', { name: /Vuokra/ });
    await user.type(input, '1,');
    expect(input).toHaveValue('1,');
    expect(seen.at(-1)).toEqual([1, '1,']);
    await user.type(input, '5');
    expect(input).toHaveValue('1,5');
    expect(screen.getByText('3')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'abc');
    expect(input).toHaveValue('abc');
    expect(seen.at(-1)).toEqual([null, 'abc']);
    // A number from outside replaces the text, written in the locale.
    await user.click(screen.getByRole('button', { name: 'Viime kuun vuokra' }));
    expect(input).toHaveValue('850,5');
  });

  it('controlled by the text: shows exactly the text given', async () => {
    const user = userEvent.setup();
    function Rent() {
      const [raw, setRaw] = useState('12');
      return <NumberInput label="Vuokra" value={raw} onValueChange={(_, text) => setRaw(text.toUpperCase())} />;
    }
    render(<Rent />);
    const input = screen.getByRole('textbox', { name: /Vuokra/ });
    expect(input).toHaveValue('12');
    await user.type(input, 'e');
    expect(input).toHaveValue('12E');
  });

  it('rechecks a shown message when the value changes from outside', async () => {
    const user = userEvent.setup();
    function Count() {
      const [count, setCount] = useState<number | string | null>('kolme');
      return (
        <>
          <NumberInput label="Lapsia" inputMode="numeric" value={count} onValueChange={(value, raw) => setCount(value ?? raw)} />
          <button type="button" onClick={() => setCount(3)}>
            Korjaa
          </button>
        </>
      );
    }
    render(<Count />);
    const input = screen.getByRole('textbox', { name: /Lapsia/ });
    await user.click(input);
    await user.tab();
    expect(input).toHaveAccessibleDescription('Virhe: Kirjoita luku numeroina, esimerkiksi 12');
    await user.click(screen.getByRole('button', { name: 'Korjaa' }));
    expect(input).toHaveValue('3');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('has no axe violations in its states', { timeout: 20_000 }, async () => {
    const { container } = render(
      <div>
        <NumberInput label="Vuokra" suffix="€ / kk" hint="Esimerkiksi 850,50" />
        <NumberInput label="Lapsia" inputMode="numeric" error="Kirjoita luku numeroina, esimerkiksi 2" defaultValue="kaksi" />
        <NumberInput label="Pinta-ala" disabled defaultValue="54,5" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a NumberInput needs a label, aria-label or aria-labelledby
export const unlabelled = <NumberInput />;
// @ts-expect-error type=number is not allowed
export const typed = <NumberInput label="x" type="number" />;
