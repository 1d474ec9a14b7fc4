import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, type AukioLocale } from '../i18n';
import { AccessibilityFeedbackForm, type AccessibilityFeedback } from './AccessibilityFeedbackForm';

function renderForm(onSubmit?: (f: AccessibilityFeedback) => Promise<void>, locale: AukioLocale = 'en', extra: { action?: string } = {}) {
  return render(
    <AukioProvider locale={locale}>
      <AccessibilityFeedbackForm pageUrl="https://example.fi/parking" onSubmit={onSubmit} {...extra} />
    </AukioProvider>,
  );
}

describe('AccessibilityFeedbackForm', { timeout: 20_000 }, () => {
  it('has the page prefilled, a required description and a contact choice', async () => {
    const { container } = renderForm(() => Promise.resolve());
    expect(screen.getByRole('textbox', { name: /Page/ })).toHaveValue('https://example.fi/parking');
    expect(screen.getByRole('textbox', { name: 'What happened?' })).toBeRequired();
    expect(screen.getByRole('group', { name: 'How should we contact you?' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('prefills the current address when no pageUrl is given', () => {
    render(<AccessibilityFeedbackForm onSubmit={() => {}} />);
    expect(screen.getByRole('textbox', { name: /Sivu/ })).toHaveValue(window.location.href);
  });

  it('keyboard only: reports a barrier with an email reply and shows a confirmation', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onSubmit = vi.fn((_: AccessibilityFeedback) => Promise.resolve());
    renderForm(onSubmit);
    await user.tab();
    expect(screen.getByRole('textbox', { name: /Page/ })).toHaveFocus();
    await user.tab();
    await user.keyboard('The map cannot be used with a keyboard');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'By email' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveFocus();
    await user.keyboard('maija@example.fi');
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        pageUrl: 'https://example.fi/parking',
        description: 'The map cannot be used with a keyboard',
        contact: { method: 'email', email: 'maija@example.fi' },
      }),
    );
    expect(await screen.findByText('Thank you, your feedback has been sent')).toBeInTheDocument();
    expect(document.querySelector('.aukio-accessibility-feedback__sent')).toHaveFocus();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(screen.getByRole('status')).toHaveTextContent('Thank you, your feedback has been sent');
    vi.useRealTimers();
  });

  it('lists errors in an error summary and marks the fields', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(() => Promise.resolve());
    const { container } = renderForm(onSubmit, 'fi');
    screen.getByRole('button', { name: 'Lähetä palaute' }).focus();
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Kerro, mitä tapahtui' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Valitse, miten voimme ottaa yhteyttä' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Mitä tapahtui/ })).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(container)).toHaveNoViolations();
    // Phone chosen but empty.
    screen.getByRole('radio', { name: 'Puhelimitse' }).focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Lähetä palaute' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('link', { name: 'Anna puhelinnumero, esimerkiksi 040 123 4567' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('keeps everything typed when sending fails, with a translated error', async () => {
    const user = userEvent.setup();
    const { container } = renderForm(() => Promise.reject(new Error('offline')), 'sv');
    const description = screen.getByRole('textbox', { name: /Vad hände/ });
    description.focus();
    await user.keyboard('Knappen saknar namn');
    screen.getByRole('radio', { name: 'Kontakta mig inte' }).focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Skicka respons' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Det gick inte att skicka responsen. Det du skrev finns kvar, försök igen.')).toBeInTheDocument();
    expect(description).toHaveValue('Knappen saknar namn');
    expect(screen.getByRole('radio', { name: 'Kontakta mig inte' })).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('posts natively to action when there is no onSubmit', () => {
    renderForm(undefined, 'en', { action: '/feedback' });
    const form = document.querySelector('form')!;
    expect(form).toHaveAttribute('action', '/feedback');
    expect(form).toHaveAttribute('method', 'post');
    expect(screen.getByRole('textbox', { name: 'What happened?' })).toHaveAttribute('name', 'description');
    expect(screen.getByRole('radio', { name: 'By phone' })).toHaveAttribute('name', 'contactMethod');
  });
});
