import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { PasswordInput } from './PasswordInput';

async function announced(): Promise<string> {
  await act(() => new Promise((r) => setTimeout(r, 150)));
  return document.getElementById('aukio-announcer-polite')?.textContent ?? '';
}

describe('PasswordInput', () => {
  it('is a labelled password field that keeps autoComplete', async () => {
    const user = userEvent.setup();
    render(<PasswordInput label="Password" name="password" autoComplete="current-password" required />);
    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'current-password');
    expect(input).toBeRequired();
    await user.type(input, 'hunter2');
    expect(input).toHaveValue('hunter2');
  });

  it('shows and hides with a real button whose name changes, keeping focus on it and announcing', async () => {
    const user = userEvent.setup();
    render(<PasswordInput label="Salasana" autoComplete="new-password" defaultValue="secret" />);
    const input = screen.getByLabelText(/Salasana/);
    const toggle = screen.getByRole('button', { name: 'Näytä salasana' });
    expect(toggle).toHaveAttribute('type', 'button');
    expect(toggle).toHaveTextContent('Näytä');
    await user.tab();
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(input).toHaveAttribute('type', 'text');
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAccessibleName('Piilota salasana');
    expect(await announced()).toBe('Salasana näkyy');
    await user.keyboard(' ');
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAccessibleName('Näytä salasana');
    expect(await announced()).toBe('Salasana on piilotettu');
    expect(input).toHaveValue('secret');
  });

  it('speaks Swedish and English', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <AukioProvider locale="sv">
        <PasswordInput label="Lösenord" autoComplete="current-password" />
      </AukioProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Visa lösenordet' }));
    expect(screen.getByRole('button', { name: 'Dölj lösenordet' })).toBeInTheDocument();
    unmount();
    render(
      <AukioProvider locale="en">
        <PasswordInput label="Password" autoComplete="current-password" />
      </AukioProvider>,
    );
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveTextContent('Show');
  });

  it('is a plain password field in the server HTML (before JavaScript)', () => {
    const html = renderToString(<PasswordInput label="Password" autoComplete="current-password" />);
    expect(html).toContain('type="password"');
    expect(html).not.toContain('<button');
  });

  it('hides the password again when the form is sent', async () => {
    const user = userEvent.setup();
    render(
      <form onSubmit={(e) => e.preventDefault()}>
        <PasswordInput label="Password" autoComplete="current-password" />
        <button type="submit">Sign in</button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Näytä salasana' }));
    expect(screen.getByLabelText(/Password/)).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText(/Password/)).toHaveAttribute('type', 'password');
  });

  it('uncontrolled: defaultShown shows it as text from the start; onShownChange hears the button and the submit', async () => {
    const user = userEvent.setup();
    const onShownChange = vi.fn();
    render(
      <form onSubmit={(e) => e.preventDefault()}>
        <PasswordInput label="Password" autoComplete="new-password" defaultShown onShownChange={onShownChange} />
        <button type="submit">Save</button>
      </form>,
    );
    const input = screen.getByLabelText(/Password/);
    expect(input).toHaveAttribute('type', 'text');
    // Without JavaScript there would be no button to hide it: the server HTML keeps it a password field.
    expect(renderToString(<PasswordInput label="Password" autoComplete="new-password" defaultShown />)).toContain('type="password"');
    await user.click(screen.getByRole('button', { name: 'Piilota salasana' }));
    expect(input).toHaveAttribute('type', 'password');
    expect(await announced()).toBe('Salasana on piilotettu');
    await user.click(screen.getByRole('button', { name: 'Näytä salasana' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(input).toHaveAttribute('type', 'password');
    expect(onShownChange.mock.calls).toEqual([[false], [true], [false]]);
  });

  it('controlled: one choice of the app shows both the new password and its confirmation', async () => {
    const user = userEvent.setup();
    const asked: boolean[] = [];
    function NewPassword() {
      const [shown, setShown] = useState(false);
      const follow = (next: boolean) => {
        asked.push(next);
        setShown(next);
      };
      return (
        <>
          <PasswordInput label="Uusi salasana" autoComplete="new-password" shown={shown} onShownChange={follow} />
          <PasswordInput label="Toista salasana" autoComplete="new-password" shown={shown} onShownChange={follow} />
          <label>
            <input type="checkbox" checked={shown} onChange={(e) => setShown(e.currentTarget.checked)} /> Näytä salasanat
          </label>
        </>
      );
    }
    render(<NewPassword />);
    const fields = [screen.getByLabelText(/Uusi salasana/), screen.getByLabelText(/Toista salasana/)];
    await user.click(screen.getByRole('checkbox', { name: 'Näytä salasanat' }));
    for (const field of fields) expect(field).toHaveAttribute('type', 'text');
    expect(asked).toEqual([]);
    await user.click(screen.getAllByRole('button', { name: 'Piilota salasana' })[1]!);
    expect(asked).toEqual([false]);
    for (const field of fields) expect(field).toHaveAttribute('type', 'password');
    expect(screen.getByRole('checkbox', { name: 'Näytä salasanat' })).not.toBeChecked();
  });

  it('describes hint and error, and forwards ref and handlers (react-hook-form register)', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    render(
      <AukioProvider locale="en">
        <PasswordInput ref={ref} label="New password" name="pw" autoComplete="new-password"
          hint="At least 12 characters" error="Your password is too short" onChange={onChange} onBlur={onBlur} />
      </AukioProvider>,
    );
    expect(ref.current).toHaveAttribute('name', 'pw');
    expect(ref.current).toHaveAttribute('aria-invalid', 'true');
    expect(ref.current).toHaveAccessibleDescription('At least 12 characters Error: Your password is too short');
    await user.type(ref.current!, 'a');
    await user.tab();
    expect(onChange).toHaveBeenCalled();
    expect(onBlur).toHaveBeenCalled();
  });

  it('disables the toggle with the field', () => {
    render(<PasswordInput label="Password" autoComplete="current-password" disabled />);
    expect(screen.getByRole('button', { name: 'Näytä salasana' })).toBeDisabled();
  });

  it('hydrates the server HTML without mismatches', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <PasswordInput label="Password" autoComplete="current-password" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.appendChild(container);
    await act(async () => {
      hydrateRoot(container, ui);
    });
    expect(error).not.toHaveBeenCalled();
    // After hydration the toggle appears.
    expect(container.querySelector('button')).not.toBeNull();
    error.mockRestore();
    container.remove();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <PasswordInput label="Password" autoComplete="current-password" />
        <PasswordInput label="New" autoComplete="new-password" hint="12+" required />
        <PasswordInput label="Error" autoComplete="current-password" error="Enter your password" />
        <PasswordInput label="Disabled" autoComplete="current-password" disabled />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a PasswordInput needs a label, aria-label or aria-labelledby
export const unlabelled = <PasswordInput autoComplete="current-password" />;
// @ts-expect-error autoComplete is required so password managers work
export const noAutocomplete = <PasswordInput label="Password" />;
