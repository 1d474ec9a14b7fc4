import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { DateInput } from './DateInput';
import { datePartsFromFormData, validateDateParts } from './validateDateParts';

const p = (day: string, month: string, year: string) => ({ day, month, year });

describe('validateDateParts', () => {
  it('returns the ISO date for a real date', () => {
    expect(validateDateParts(p('5', '3', '2026'))).toEqual({ value: '2026-03-05', invalidParts: [] });
    expect(validateDateParts(p(' 05 ', '03', '2026')).value).toBe('2026-03-05');
    expect(validateDateParts(p('29', '2', '2024')).value).toBe('2024-02-29');
  });
  it('names the missing part and marks only it', () => {
    expect(validateDateParts(p('5', '', '2026'))).toEqual({
      value: null,
      error: 'Päivämäärässä on oltava kuukausi',
      invalidParts: ['month'],
    });
    expect(validateDateParts(p('', '', '2026'), { locale: 'sv' })).toMatchObject({
      error: 'Datumet måste innehålla en dag och en månad',
      invalidParts: ['day', 'month'],
    });
    expect(validateDateParts(p('1', '', ''), { locale: 'en' }).error).toBe('The date must include a month and a year');
  });
  it('is empty and fine unless required', () => {
    expect(validateDateParts(p('', '', ''))).toEqual({ value: null, invalidParts: [] });
    expect(validateDateParts(p('', '', ''), { required: true })).toMatchObject({
      error: 'Kirjoita päivämäärä',
      invalidParts: ['day', 'month', 'year'],
    });
  });
  it('says which part is out of its range', () => {
    expect(validateDateParts(p('32', '1', '2026'))).toMatchObject({ error: 'Päivän on oltava luku väliltä 1–31', invalidParts: ['day'] });
    expect(validateDateParts(p('1', '13', '2026'), { locale: 'en' })).toMatchObject({
      error: 'The month must be a number from 1 to 12',
      invalidParts: ['month'],
    });
    expect(validateDateParts(p('1', 'kesä', '2026')).invalidParts).toEqual(['month']);
    expect(validateDateParts(p('1', '1', '26')).error).toMatch(/^Vuodessa on oltava 4 numeroa, esimerkiksi \d{4}$/);
  });
  it('rejects impossible dates in the locale format', () => {
    expect(validateDateParts(p('31', '2', '2026'))).toEqual({
      value: null,
      error: '31.2.2026 ei ole olemassa oleva päivämäärä. Tarkista päivä ja kuukausi',
      invalidParts: ['day'],
    });
    expect(validateDateParts(p('29', '2', '2027'), { locale: 'en' }).error).toBe(
      '29 February 2027 is not a real date. Check the day and the month',
    );
    expect(validateDateParts(p('31', '4', '2026'), { locale: 'sv' }).error).toBe(
      '31.4.2026 är inte ett datum som finns. Kontrollera dagen och månaden',
    );
  });
  it('checks min and max', () => {
    expect(validateDateParts(p('1', '1', '2020'), { min: '2026-01-01' }).error).toBe('Päivämäärän on oltava 1.1.2026 tai myöhemmin');
    expect(validateDateParts(p('1', '1', '2030'), { max: '2026-12-31', locale: 'en' }).error).toBe(
      'The date must be 31 December 2026 or earlier',
    );
    expect(validateDateParts(p('1', '1', '2030'), { min: '2026-01-01', max: '2026-12-31', locale: 'sv' })).toMatchObject({
      error: 'Datumet måste vara mellan 1.1.2026 och 31.12.2026',
      invalidParts: ['day', 'month', 'year'],
    });
    expect(validateDateParts(p('1', '6', '2026'), { min: '2026-01-01', max: '2026-12-31' }).value).toBe('2026-06-01');
  });
  it('reads the posted parts from form data', () => {
    const fd = new FormData();
    fd.set('dob-day', '4');
    fd.set('dob-month', '7');
    fd.set('dob-year', '1990');
    expect(datePartsFromFormData(fd, 'dob')).toEqual(p('4', '7', '1990'));
  });
});

describe('DateInput', () => {
  it('groups day, month and year under one legend, in the locale order', () => {
    render(<DateInput legend="Syntymäaika" name="dob" id="dob" autoCompleteBirthday hint="Esimerkiksi 27 3 1990" />);
    const group = screen.getByRole('group', { name: 'Syntymäaika (valinnainen)' });
    expect(group).toHaveAccessibleDescription('Esimerkiksi 27 3 1990');
    const inputs = screen.getAllByRole('textbox');
    expect(inputs.map((i) => i.getAttribute('name'))).toEqual(['dob-day', 'dob-month', 'dob-year']);
    expect(inputs.map((i) => i.id)).toEqual(['dob-day', 'dob-month', 'dob-year']);
    expect(screen.getByRole('textbox', { name: 'Päivä' })).toHaveAttribute('autocomplete', 'bday-day');
    expect(screen.getByRole('textbox', { name: 'Kuukausi' })).toHaveAttribute('autocomplete', 'bday-month');
    expect(screen.getByRole('textbox', { name: 'Vuosi' })).toHaveAttribute('inputmode', 'numeric');
  });

  it('uses Swedish and English part labels', () => {
    render(
      <AukioProvider locale="sv">
        <DateInput legend="Födelsedatum" />
      </AukioProvider>,
    );
    expect(screen.getAllByRole('textbox').map((i) => i.getAttribute('id')?.split('-').pop())).toEqual(['day', 'month', 'year']);
    expect(screen.getByRole('textbox', { name: 'Dag' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Månad' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'År' })).toBeInTheDocument();
  });

  it('reports the ISO date as the user types with the keyboard', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<DateInput legend="Muuttopäivä" onValueChange={onValueChange} />);
    await user.type(screen.getByRole('textbox', { name: 'Päivä' }), '5');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Kuukausi' }), '3');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Vuosi' }), '2026');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-05', { day: '5', month: '3', year: '2026' });
  });

  it('still calls the deprecated onChange, with one development warning', async () => {
    const user = userEvent.setup();
    await expectOneDeprecationWarning('DateInput', 'onChange', async () => {
      const onChange = vi.fn();
      const { rerender } = render(<DateInput legend="Muuttopäivä" onChange={onChange} />);
      rerender(<DateInput legend="Muuttopäivä" onChange={onChange} />);
      await user.type(screen.getByRole('textbox', { name: 'Päivä' }), '5');
      expect(onChange).toHaveBeenLastCalledWith(null, { day: '5', month: '', year: '' });
    });
  });

  it('is controlled by a date string and keeps a half-typed date', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [date, setDate] = useState<string | null>('2026-03-05');
      return (
        <>
          <DateInput legend="Muuttopäivä" value={date} onValueChange={(iso) => setDate(iso)} />
          <output aria-label="Valittu">{date ?? 'ei päivää'}</output>
          <button type="button" onClick={() => setDate('2027-01-31')}>Aseta</button>
        </>
      );
    }
    render(<Controlled />);
    const day = screen.getByRole('textbox', { name: 'Päivä' });
    expect(day).toHaveValue('5');
    await user.clear(day);
    expect(day).toHaveValue('');
    expect(screen.getByRole('status', { name: 'Valittu' })).toHaveTextContent('ei päivää');
    await user.type(day, '7');
    expect(screen.getByRole('status', { name: 'Valittu' })).toHaveTextContent('2026-03-07');
    await user.click(screen.getByRole('button', { name: 'Aseta' }));
    expect(day).toHaveValue('31');
    expect(screen.getByRole('textbox', { name: 'Kuukausi' })).toHaveValue('1');
  });

  it('checks when focus leaves the group, names the wrong part and marks only it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <DateInput legend="Muuttopäivä" id="move" />
        <button type="button">Jatka</button>
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Päivä' }), '31');
    await user.tab();
    // Moving between parts does not check yet.
    expect(screen.queryByText(/Päivämäärässä/)).not.toBeInTheDocument();
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Vuosi' }), '2026');
    await user.tab();
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Virhe: Päivämäärässä on oltava kuukausi');
    expect(screen.getByRole('textbox', { name: 'Kuukausi' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Päivä' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'Vuosi' })).not.toHaveAttribute('aria-invalid');

    await user.type(screen.getByRole('textbox', { name: 'Kuukausi' }), '2');
    expect(screen.getByText(/31\.2\.2026 ei ole olemassa oleva päivämäärä/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Päivä' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Kuukausi' })).not.toHaveAttribute('aria-invalid');
    // What the user typed stays.
    expect(screen.getByRole('textbox', { name: 'Päivä' })).toHaveValue('31');

    await user.clear(screen.getByRole('textbox', { name: 'Päivä' }));
    await user.type(screen.getByRole('textbox', { name: 'Päivä' }), '28');
    expect(screen.queryByText(/Virhe/)).not.toBeInTheDocument();
  });

  it('marks the parts the check finds wrong for an app error, or all of them', () => {
    const { unmount } = render(<DateInput legend="Syntymäaika" defaultValue={{ day: '1', month: '', year: '1990' }} error="Kirjoita syntymäkuukausi" />);
    expect(screen.getAllByRole('textbox').map((i) => i.getAttribute('aria-invalid'))).toEqual([null, 'true', null]);
    unmount();
    render(<DateInput legend="Syntymäaika" defaultValue="2030-01-01" error="Syntymäajan on oltava menneisyydessä" />);
    expect(screen.getAllByRole('textbox').every((i) => i.getAttribute('aria-invalid') === 'true')).toBe(true);
  });

  it('does not check on blur with validateOn="submit"', async () => {
    const user = userEvent.setup();
    render(<DateInput legend="Päivä" validateOn="submit" defaultValue={{ day: '40', month: '1', year: '2026' }} />);
    await user.click(screen.getByRole('textbox', { name: 'Päivä' }));
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.queryByText(/Virhe/)).not.toBeInTheDocument();
  });

  it('forwards ref to the first part and renders on the server with values for a no-JS post', () => {
    const ref = createRef<HTMLInputElement>();
    render(<DateInput ref={ref} legend="Syntymäaika" id="dob" data-testid="root" />);
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Päivä' }));
    expect(screen.getByTestId('root')).toHaveClass('aukio-date-input');
    expect(screen.getByTestId('root')).toBe(screen.getByRole('group'));
    const html = renderToString(<DateInput legend="Syntymäaika" name="dob" defaultValue="1990-07-04" />);
    expect(html).toContain('name="dob-day"');
    expect(html).toContain('value="4"');
    expect(html).toContain('value="1990"');
  });

  it('has no axe violations in its states', { timeout: 20_000 }, async () => {
    const { container } = render(
      <div>
        <DateInput legend="Syntymäaika" hint="Esimerkiksi 27 3 1990" autoCompleteBirthday />
        <DateInput legend="Muuttopäivä" defaultValue={{ day: '31', month: '2', year: '2026' }} error="31.2.2026 ei ole olemassa oleva päivämäärä" />
        <DateInput legend="Alkamispäivä" required necessityIndicator="required" headingLevel={2} legendSize="l" />
        <DateInput legend="Päättymispäivä" disabled defaultValue="2026-12-31" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('renders the legend as a heading at headingLevel, and still takes the deprecated legendAs with one warning', async () => {
    render(<DateInput legend="Alkamispäivä" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: /Alkamispäivä/ })).toBeInTheDocument();
    await expectOneDeprecationWarning('DateInput', 'legendAs', () => {
      render(<DateInput legend="Päättymispäivä" legendAs="h3" />);
    });
    expect(screen.getByRole('heading', { level: 3, name: /Päättymispäivä/ })).toBeInTheDocument();
  });
});

describe('DateInput extension points', () => {
  it('shows controlled parts, reports typing, and runs an extra validate', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const validate = (iso: string) => (iso === '2026-12-24' ? 'Ei valittavissa' : undefined);
    const { rerender } = render(
      <DateInput legend="Päivä" value={{ day: '24', month: '12', year: '2026' }} onValueChange={onValueChange} validate={validate} afterParts={<button type="button">Lisä</button>} />,
    );
    expect(screen.getByRole('textbox', { name: 'Päivä' })).toHaveValue('24');
    await user.click(screen.getByRole('textbox', { name: 'Vuosi' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Lisä' })).toHaveFocus();
    expect(screen.queryByText('Ei valittavissa')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByText('Ei valittavissa')).toBeInTheDocument();
    rerender(
      <DateInput legend="Päivä" value={{ day: '23', month: '12', year: '2026' }} onValueChange={onValueChange} validate={validate} afterParts={<button type="button">Lisä</button>} />,
    );
    expect(screen.queryByText('Ei valittavissa')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Päivä' }), '4');
    expect(onValueChange).toHaveBeenLastCalledWith(null, { day: '234', month: '12', year: '2026' });
  });
});

// @ts-expect-error a DateInput needs a legend
export const unnamed = <DateInput />;
