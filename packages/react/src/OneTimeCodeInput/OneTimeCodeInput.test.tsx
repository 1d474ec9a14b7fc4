import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { OneTimeCodeInput } from './OneTimeCodeInput';
import { normalizeOneTimeCode, validateOneTimeCode } from './validateOneTimeCode';

describe('OneTimeCodeInput', () => {
  it('is one field that phones and password managers can fill, with the number keyboard', () => {
    render(<OneTimeCodeInput label="Vahvistuskoodi" name="code" resendHref="/uusi-koodi" />);
    const inputs = screen.getAllByRole('textbox');
    expect(inputs).toHaveLength(1);
    const input = screen.getByRole('textbox', { name: 'Vahvistuskoodi (valinnainen)' });
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('name', 'code');
    // A pasted "123 456" is longer than six characters: nothing may cut it.
    expect(input).not.toHaveAttribute('maxlength');
    expect(input).not.toHaveAttribute('pattern');
    expect(input).toHaveAccessibleDescription('6 numeroa');
  });

  it('accepts a pasted code with a space: the field keeps "123 456" and the value is "123456"', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<OneTimeCodeInput label="Code" name="code" resendHref="/resend" onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox', { name: /Code/ });
    await user.click(input);
    await user.paste('123 456');
    expect(input).toHaveValue('123 456');
    expect(onValueChange).toHaveBeenLastCalledWith('123456', '123 456');
    await user.tab();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('accepts a typed code with spaces and hyphens', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<OneTimeCodeInput label="Code" resendHref="/resend" length={5} onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox', { name: /Code/ });
    await user.type(input, '12 34-5');
    expect(input).toHaveValue('12 34-5');
    expect(onValueChange).toHaveBeenLastCalledWith('12345', '12 34-5');
    await user.tab();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('does not stop pasting', () => {
    render(<OneTimeCodeInput label="Code" resendHref="/resend" />);
    const input = screen.getByRole('textbox', { name: /Code/ });
    expect(fireEvent.paste(input, { clipboardData: { getData: () => '123456' } })).toBe(true);
  });

  it('says how many digits are missing when focus leaves a short code, keeps the text, and clears once fixed', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <OneTimeCodeInput label="Security code" resendHref="/resend" />
      </AukioProvider>,
    );
    const input = screen.getByRole('textbox', { name: /Security code/ });
    await user.type(input, '123 45');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('6 digits Error: Enter the 6 digits of the code');
    expect(input).toHaveValue('123 45');
    await user.type(input, '6');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it("shows the app's error over the built-in one", () => {
    render(<OneTimeCodeInput label="Koodi" resendHref="/r" defaultValue="111111" error="Koodi on vanhentunut. Pyydä uusi koodi" />);
    const input = screen.getByRole('textbox', { name: /Koodi/ });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('6 numeroa Virhe: Koodi on vanhentunut. Pyydä uusi koodi');
    expect(input).toHaveValue('111111');
  });

  it('always offers "Did not get a code?" under the field: a link, or a button that calls onResend', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <AukioProvider locale="sv">
        <OneTimeCodeInput label="Kod" resendHref="/ny-kod" error="Skriv koden" />
      </AukioProvider>,
    );
    expect(screen.getByRole('link', { name: 'Fick du ingen kod?' })).toHaveAttribute('href', '/ny-kod');
    unmount();
    const onResend = vi.fn();
    render(<OneTimeCodeInput label="Koodi" onResend={onResend} />);
    await user.click(screen.getByRole('button', { name: 'Etkö saanut koodia?' }));
    expect(onResend).toHaveBeenCalledTimes(1);
  });

  it('keeps the typed text while a controlled value means the same code', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [code, setCode] = useState('');
      return (
        <>
          <OneTimeCodeInput label="Code" resendHref="/r" value={code} onValueChange={setCode} />
          <output>{code}</output>
        </>
      );
    }
    render(<Controlled />);
    const input = screen.getByRole('textbox', { name: /Code/ });
    await user.type(input, '12-34');
    expect(input).toHaveValue('12-34');
    expect(screen.getByRole('status')).toHaveTextContent('1234');
  });

  it('works without JavaScript: the server HTML is a plain named input in the form and a link', () => {
    const html = renderToString(
      <form method="post">
        <OneTimeCodeInput label="Koodi" name="code" resendHref="/uusi-koodi" />
      </form>,
    );
    expect(html).toMatch(/<input[^>]*name="code"/);
    expect(html).toMatch(/<input[^>]*autoComplete="one-time-code"|<input[^>]*autocomplete="one-time-code"/);
    expect(html).toContain('href="/uusi-koodi"');
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <OneTimeCodeInput label="Koodi" resendHref="/r" />
        <OneTimeCodeInput label="Koodi 2" resendHref="/r" required defaultValue="12 3" error="Kirjoita koodin 6 numeroa" />
        <OneTimeCodeInput label="Koodi 3" onResend={() => {}} disabled />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('validateOneTimeCode', () => {
  it('drops spaces, hyphens and dashes and checks the number of digits, with messages in each language', () => {
    expect(normalizeOneTimeCode(' 12 34–5 6 ')).toBe('123456');
    expect(validateOneTimeCode('123 456')).toEqual({ value: '123456' });
    expect(validateOneTimeCode('12 34-5', { length: 5 })).toEqual({ value: '12345' });
    expect(validateOneTimeCode('12345').error).toBe('Kirjoita koodin 6 numeroa');
    expect(validateOneTimeCode('12345', { locale: 'sv' }).error).toBe('Skriv kodens 6 siffror');
    expect(validateOneTimeCode('12a456', { locale: 'en' }).error).toBe('Enter only digits in the code');
    expect(validateOneTimeCode('', { required: true, locale: 'en' }).error).toBe('Enter the code');
    expect(validateOneTimeCode('')).toEqual({ value: null });
  });
});

// @ts-expect-error a OneTimeCodeInput needs a "Did not get a code?" destination
export const noResend = <OneTimeCodeInput label="Code" />;
// @ts-expect-error a OneTimeCodeInput needs a label
export const unlabelled = <OneTimeCodeInput resendHref="/r" />;
