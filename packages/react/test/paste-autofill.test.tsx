// WCAG 3.3.8 and 1.3.5 over every Aukio text field at once: no field stops people pasting (a password from a
// password manager, a code from a message), no field turns the browser's autofill off unless the app asked for
// it, the app's autocomplete token always reaches the input, and PasswordInput keeps its show-password button.
// A new component that renders a text field fails the last test until it is added to the table below.
import { fireEvent, render, screen } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AccessibilityFeedbackForm,
  Combobox,
  DateInput,
  DatePicker,
  NumberInput,
  OneTimeCodeInput,
  PasswordInput,
  SearchInput,
  TextInput,
  Textarea,
} from '../src';

const options = [
  { value: 'helsinki', label: 'Helsinki' },
  { value: 'espoo', label: 'Espoo' },
];

/** Every component that renders a text field, as an app would use it without saying anything about autofill. */
const fields: Record<string, () => ReactElement> = {
  TextInput: () => <TextInput label="Nimi" name="name" />,
  Textarea: () => <Textarea label="Viesti" name="message" />,
  PasswordInput: () => <PasswordInput label="Salasana" name="password" autoComplete="current-password" />,
  NumberInput: () => <NumberInput label="Määrä" name="amount" />,
  SearchInput: () => <SearchInput label="Hae" name="q" />,
  DateInput: () => <DateInput legend="Päivämäärä" name="date" />,
  DatePicker: () => <DatePicker legend="Päivämäärä" name="date" />,
  Combobox: () => <Combobox label="Kunta" name="municipality" options={options} />,
  OneTimeCodeInput: () => <OneTimeCodeInput label="Koodi" name="code" resendHref="/uusi-koodi" />,
  AccessibilityFeedbackForm: () => <AccessibilityFeedbackForm pageUrl="https://example.fi/" />,
};

/**
 * Fields that set `autocomplete="off"` themselves, each with the reason. Combobox: the browser's own suggestion
 * list would open over the combobox's listbox and hide its options; an app asking for personal data with a
 * Combobox passes its token (checked below), which replaces the default.
 */
const offByDefault: Record<string, string> = {
  Combobox: 'its own listbox; the app passes a token for personal data',
};

/** Folders whose inputs are not text fields (boxes, radios, file pickers) or not for personal data. */
const notTextFields = new Set(['Checkbox', 'RadioGroup', 'FileInput', 'ConsentBanner', 'Icon', 'PersonalDataOverview', 'ReadingPreferences', 'Table']);

const textControls = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).filter(
    (el) => !(el instanceof HTMLInputElement) || ['text', 'password', 'email', 'tel', 'url', 'search', 'number'].includes(el.type),
  );

describe('paste and autofill in every Aukio text field (WCAG 3.3.8, 1.3.5)', () => {
  for (const [name, field] of Object.entries(fields)) {
    it(`${name} lets people paste into every text field it renders`, () => {
      const { container } = render(field());
      const controls = textControls(container);
      expect(controls.length).toBeGreaterThan(0);
      for (const control of controls) {
        // fireEvent returns false when a handler called preventDefault().
        expect(fireEvent.paste(control, { clipboardData: { getData: () => '123 456' } }), `${name} #${control.id}`).toBe(true);
        expect(control).not.toHaveAttribute('readonly');
      }
    });

    it(`${name} leaves the browser's autofill on unless the app turns it off`, () => {
      const { container } = render(field());
      for (const control of textControls(container)) {
        const value = control.getAttribute('autocomplete');
        if (name in offByDefault) continue;
        expect(value, `${name} #${control.id}`).not.toBe('off');
      }
    });
  }

  it('passes the app\'s autocomplete token to the input, Combobox included', () => {
    render(
      <div>
        <TextInput label="Sähköposti" type="email" autoComplete="email" />
        <Textarea label="Osoite" autoComplete="street-address" />
        <NumberInput label="Postinumero" autoComplete="postal-code" inputMode="numeric" />
        <Combobox label="Kotikunta" options={options} autoComplete="address-level2" />
        <SearchInput label="Hae" autoComplete="on" />
      </div>,
    );
    expect(screen.getByRole('textbox', { name: /Sähköposti/ })).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByRole('textbox', { name: /Osoite/ })).toHaveAttribute('autocomplete', 'street-address');
    expect(screen.getByRole('textbox', { name: /Postinumero/ })).toHaveAttribute('autocomplete', 'postal-code');
    expect(screen.getByRole('combobox', { name: /Kotikunta/ })).toHaveAttribute('autocomplete', 'address-level2');
    expect(screen.getByRole('searchbox', { name: /Hae/ })).toHaveAttribute('autocomplete', 'on');
  });

  it('sets the input purpose of one-time codes and birthdays itself', () => {
    render(
      <div>
        <OneTimeCodeInput label="Koodi" resendHref="/r" />
        <DateInput legend="Syntymäaika" autoCompleteBirthday />
      </div>,
    );
    expect(screen.getByRole('textbox', { name: /Koodi/ })).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.getByRole('textbox', { name: /Päivä/ })).toHaveAttribute('autocomplete', 'bday-day');
    expect(screen.getByRole('textbox', { name: /Kuukausi/ })).toHaveAttribute('autocomplete', 'bday-month');
    expect(screen.getByRole('textbox', { name: /Vuosi/ })).toHaveAttribute('autocomplete', 'bday-year');
  });

  it('keeps the show-password button in PasswordInput, for password managers and for checking what was typed', () => {
    render(<PasswordInput label="Salasana" autoComplete="current-password" />);
    const input = screen.getByLabelText(/Salasana/, { selector: 'input' });
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'current-password');
    fireEvent.click(screen.getByRole('button', { name: 'Näytä salasana' }));
    expect(input).toHaveAttribute('type', 'text');
  });

  it('covers every component folder that renders a text field', () => {
    const src = join(__dirname, '../src');
    const renderers = readdirSync(src, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name) && !notTextFields.has(d.name))
      .filter((d) =>
        readdirSync(join(src, d.name))
          .filter((f) => f.endsWith('.tsx') && !/\.(test|stories)\.tsx$/.test(f))
          .some((f) => /<(input|textarea|TextInput|Textarea)\b/.test(readFileSync(join(src, d.name, f), 'utf8'))),
      )
      .map((d) => d.name);
    const missing = renderers.filter((n) => !(n in fields));
    expect(missing).toEqual([]);
  });

  it('has no paste, copy, cut or beforeinput handler anywhere in the components', () => {
    const src = join(__dirname, '../src');
    const offenders: string[] = [];
    for (const dir of readdirSync(src, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const file of readdirSync(join(src, dir.name))) {
        if (!/\.tsx?$/.test(file) || /\.(test|stories)\.tsx?$/.test(file)) continue;
        if (/\bon(Paste|Copy|Cut)(Capture)?\b|addEventListener\(\s*['"](paste|copy|cut|beforeinput)['"]/.test(readFileSync(join(src, dir.name, file), 'utf8'))) offenders.push(`${dir.name}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
