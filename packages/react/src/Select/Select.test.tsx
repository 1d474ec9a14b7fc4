import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Select } from './Select';

const districts = [
  { value: 'kallio', label: 'Kallio' },
  { value: 'vallila', label: 'Vallila' },
];

describe('Select', () => {
  it('is a labelled native select, chosen with the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Select label="District" name="district" options={districts} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'District (valinnainen)' });
    expect(select.tagName).toBe('SELECT');
    await user.selectOptions(select, 'vallila');
    expect(select).toHaveValue('vallila');
    expect(onChange).toHaveBeenCalled();
  });

  it('adds a translated empty first option when asked', () => {
    const { rerender } = render(<Select label="Alue" emptyOption options={districts} />);
    expect(screen.getByRole('option', { name: 'Valitse' })).toHaveValue('');
    expect(screen.getByRole('combobox')).toHaveValue('');
    rerender(
      <AukioProvider locale="sv">
        <Select label="Område" emptyOption options={districts} />
      </AukioProvider>,
    );
    expect(screen.getByRole('option', { name: 'Välj' })).toBeInTheDocument();
    rerender(
      <AukioProvider locale="en">
        <Select label="Area" emptyOption options={districts} />
      </AukioProvider>,
    );
    expect(screen.getByRole('option', { name: 'Choose' })).toBeInTheDocument();
    rerender(<Select label="Area" emptyOption="Choose a district" options={districts} />);
    expect(screen.getByRole('option', { name: 'Choose a district' })).toBeInTheDocument();
  });

  it('groups options with optgroup and accepts option children', () => {
    render(
      <Select
        label="Service point"
        options={[{ label: 'East', options: [{ value: 'itis', label: 'Itis' }] }, { value: 'online', label: 'Online' }]}
      >
        <option value="phone">Phone</option>
      </Select>,
    );
    expect(screen.getByRole('group', { name: 'East' })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Itis', 'Online', 'Phone']);
  });

  it('describes the field with hint and error and keeps the choice', () => {
    render(
      <AukioProvider locale="en">
        <Select label="District" required hint="Where you live" error="Choose your district" defaultValue="kallio" options={districts} />
      </AukioProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'District' });
    expect(select).toBeRequired();
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Where you live Error: Choose your district');
    expect(select).toHaveValue('kallio');
  });

  it('forwards ref, name and handlers (react-hook-form register)', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLSelectElement>();
    const onBlur = vi.fn();
    render(<Select ref={ref} label="District" name="d" onBlur={onBlur} options={districts} autoComplete="address-level2" />);
    expect(ref.current).toHaveAttribute('name', 'd');
    expect(ref.current).toHaveAttribute('autocomplete', 'address-level2');
    await user.click(ref.current!);
    await user.tab();
    expect(onBlur).toHaveBeenCalled();
  });

  it('is disabled', () => {
    render(<Select label="District" disabled options={districts} />);
    expect(screen.getByRole('combobox')).toBeDisabled();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <Select label="Plain" options={districts} />
        <Select label="Empty" emptyOption required hint="Choose one" options={districts} />
        <Select label="Error" error="Choose one" options={districts} />
        <Select label="Disabled" disabled options={districts} />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a Select needs a label, aria-label or aria-labelledby
export const unlabelled = <Select options={districts} />;
// @ts-expect-error options need labels
export const unlabelledOption = <Select label="X" options={[{ value: 'a' }]} />;
