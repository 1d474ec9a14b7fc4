import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { TextInput } from './TextInput';

describe('TextInput', () => {
  it('is labelled, typed into and marks optional fields in words', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TextInput label="Full name" autoComplete="name" name="name" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Full name (valinnainen)' });
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(input).toHaveAttribute('type', 'text');
    await user.type(input, 'Aino Virtanen');
    expect(input).toHaveValue('Aino Virtanen');
    expect(onChange).toHaveBeenCalled();
  });

  it('describes the field with hint and error only when they are rendered', () => {
    const { rerender } = render(<TextInput label="Email" type="email" required />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toBeRequired();

    rerender(<TextInput label="Email" type="email" required hint="We send the decision here." />);
    expect(input).toHaveAccessibleDescription('We send the decision here.');

    rerender(
      <AukioProvider locale="en">
        <TextInput
          label="Email"
          type="email"
          required
          hint="We send the decision here."
          error="Enter an email address in the correct format, like name@example.com"
          defaultValue="aino@"
        />
      </AukioProvider>,
    );
    const invalid = screen.getByRole('textbox', { name: 'Email' });
    expect(invalid).toHaveAttribute('aria-invalid', 'true');
    expect(invalid).toHaveAccessibleDescription(
      'We send the decision here. Error: Enter an email address in the correct format, like name@example.com',
    );
    // What the user typed is kept when the error appears.
    expect(invalid).toHaveValue('aino@');
  });

  it('reads prefix and suffix with the field', () => {
    render(<TextInput label="Price" prefix="€" suffix="per month" width="5" />);
    expect(screen.getByRole('textbox', { name: /Price/ })).toHaveAccessibleDescription('€ per month');
  });

  it('shows the required marker in words in "required" mode', () => {
    render(
      <AukioProvider locale="sv">
        <TextInput label="Namn" required necessityIndicator="required" />
      </AukioProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Namn (obligatorisk)' })).toBeInTheDocument();
  });

  it('can be named with aria-label when the label is visible elsewhere', () => {
    render(<TextInput aria-label="Search permits" />);
    expect(screen.getByRole('textbox', { name: 'Search permits' })).toBeInTheDocument();
  });

  it('forwards ref, name and unknown props to the input, for form libraries', () => {
    const ref = createRef<HTMLInputElement>();
    const onBlur = vi.fn();
    render(<TextInput ref={ref} label="Plate" name="plate" data-testid="plate" onBlur={onBlur} inputMode="text" />);
    expect(ref.current).toBe(screen.getByTestId('plate'));
    expect(ref.current).toHaveAttribute('name', 'plate');
    ref.current?.focus();
    ref.current?.blur();
    expect(onBlur).toHaveBeenCalled();
  });

  it('keeps ids stable between server and client rendering', () => {
    const html = renderToString(<TextInput label="Name" hint="As in your passport" />);
    const id = /<input[^>]* id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain(`aria-describedby="${id}-hint"`);
  });

  it('warns in development when the label is empty', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<TextInput label="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<TextInput> has no accessible name'));
    warn.mockRestore();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <TextInput label="Name" autoComplete="name" />
        <TextInput label="Email" type="email" hint="name@example.com" required />
        <TextInput label="Phone" type="tel" error="Enter a phone number, like 040 123 4567" />
        <TextInput label="Website" type="url" disabled />
        <TextInput label="Reference" readOnly defaultValue="HEL-2026-0042" />
        <TextInput label="Amount" prefix="€" width="10" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a TextInput needs a label, aria-label or aria-labelledby
export const unlabelled = <TextInput />;
// @ts-expect-error only one way of naming at a time
export const twoNames = <TextInput label="Name" aria-label="Name" />;

describe('TextInput development warnings', () => {
  it('warns when the app passes an id another element already uses', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <div>
        <TextInput id="email" label="Email" />
        <TextInput id="email" label="Email again" />
      </div>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('id "email" is used by more than one element'));
    warn.mockRestore();
  });
});
