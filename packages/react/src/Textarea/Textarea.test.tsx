import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Textarea } from './Textarea';

const polite = () => document.getElementById('aukio-announcer-polite')?.textContent ?? '';

describe('Textarea', () => {
  it('is a labelled multi-line field that keeps autoComplete and rows', async () => {
    const user = userEvent.setup();
    render(<Textarea label="Describe the problem" name="problem" autoComplete="off" hint="Do not include personal details" />);
    const field = screen.getByRole('textbox', { name: 'Describe the problem (valinnainen)' });
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveAttribute('rows', '5');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAccessibleDescription('Do not include personal details');
    await user.type(field, 'Line one{Enter}Line two');
    expect(field).toHaveValue('Line one\nLine two');
  });

  it('shows error and keeps the text', () => {
    render(
      <AukioProvider locale="en">
        <Textarea label="Reason" required error="Enter a reason" defaultValue="x" />
      </AukioProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Reason' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Error: Enter a reason');
    expect(field).toHaveValue('x');
  });

  it('forwards ref, name and handlers (react-hook-form register)', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLTextAreaElement>();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    render(<Textarea ref={ref} label="Notes" name="notes" onChange={onChange} onBlur={onBlur} characterLimit={10} readOnly={false} />);
    expect(ref.current).toHaveAttribute('name', 'notes');
    await user.type(ref.current!, 'hi');
    await user.tab();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onBlur).toHaveBeenCalled();
  });

  it('is disabled and read-only where asked', () => {
    render(
      <>
        <Textarea label="A" disabled />
        <Textarea label="B" readOnly defaultValue="fixed" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: /A/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /B/ })).toHaveAttribute('readonly');
  });

  it('hydrates the server HTML without mismatches', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = (
      <AukioProvider locale="en">
        <Textarea label="Summary" characterLimit={10} defaultValue="abc" />
      </AukioProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.appendChild(container);
    await act(async () => {
      hydrateRoot(container, ui);
    });
    expect(error).not.toHaveBeenCalled();
    // After hydration the count follows the text.
    expect(container).toHaveTextContent('You have 7 characters remaining');
    error.mockRestore();
    container.remove();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <Textarea label="Plain" />
        <Textarea label="Hint" hint="Hint" required />
        <Textarea label="Error" error="Enter text" />
        <Textarea label="Disabled" disabled />
        <Textarea label="Count" characterLimit={20} defaultValue="Hello" />
        <Textarea label="Over" characterLimit={3} defaultValue="Too long" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('Textarea with characterLimit (character count)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const setup = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

  it('states the limit in the server HTML, before JavaScript can count', () => {
    const html = renderToString(
      <AukioProvider locale="en">
        <Textarea label="Summary" characterLimit={200} />
      </AukioProvider>,
    );
    expect(html).toContain('You can enter up to 200 characters');
    expect(html).not.toContain('maxlength');
  });

  it('counts down visibly and links the count to the field', async () => {
    const user = setup();
    render(
      <AukioProvider locale="en">
        <Textarea label="Summary" characterLimit={10} hint="A short summary" />
      </AukioProvider>,
    );
    const field = screen.getByRole('textbox', { name: /Summary/ });
    expect(screen.getByText('You have 10 characters remaining')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription('A short summary You have 10 characters remaining');
    await user.type(field, 'Hello wor');
    expect(screen.getByText('You have 1 character remaining')).toBeInTheDocument();
  });

  it('announces the count politely only after typing pauses (debounced)', async () => {
    const user = setup();
    render(
      <AukioProvider locale="en">
        <Textarea label="Summary" characterLimit={10} />
      </AukioProvider>,
    );
    const field = screen.getByRole('textbox', { name: /Summary/ });
    await user.type(field, 'abc');
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(polite()).toBe('');
    await user.type(field, 'd');
    await act(() => vi.advanceTimersByTimeAsync(900));
    expect(polite()).toBe('');
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(polite()).toBe('You have 6 characters remaining');
  });

  it('goes over the limit as an error but keeps every character', async () => {
    const user = setup();
    render(
      <AukioProvider locale="en">
        <Textarea label="Summary" characterLimit={3} />
      </AukioProvider>,
    );
    const field = screen.getByRole('textbox', { name: /Summary/ });
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.type(field, 'abcdef');
    expect(field).toHaveValue('abcdef');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Error: You have 3 characters too many');
    await act(() => vi.advanceTimersByTimeAsync(1200));
    expect(polite()).toBe('You have 3 characters too many');
  });

  it('notices text inserted without input events (dictation software) while focused', async () => {
    render(
      <AukioProvider locale="en">
        <Textarea label="Summary" characterLimit={20} />
      </AukioProvider>,
    );
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Summary/ });
    act(() => field.focus());
    field.value = 'Dictated text';
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByText('You have 7 characters remaining')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1100));
    expect(polite()).toBe('You have 7 characters remaining');
  });

  it('follows a controlled value and pluralises in Finnish and Swedish', async () => {
    function Controlled({ locale }: { locale: 'fi' | 'sv' }) {
      const [v, setV] = useState('abcd');
      return (
        <AukioProvider locale={locale}>
          <Textarea label="Kuvaus" characterLimit={5} value={v} onChange={(e) => setV(e.target.value)} />
          <button type="button" onClick={() => setV('abcdefg')}>fill</button>
        </AukioProvider>
      );
    }
    const user = setup();
    const { unmount } = render(<Controlled locale="fi" />);
    expect(screen.getByText('Voit kirjoittaa vielä 1 merkin')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'fill' }));
    expect(screen.getByText('Sinulla on 2 merkkiä liikaa')).toBeInTheDocument();
    unmount();
    render(<Controlled locale="sv" />);
    expect(screen.getByText('Du har 1 tecken kvar')).toBeInTheDocument();
  });
});

// @ts-expect-error a Textarea needs a label, aria-label or aria-labelledby
export const unlabelled = <Textarea />;
// @ts-expect-error no hard maxLength: use characterLimit so the text is kept
export const hardLimit = <Textarea label="X" maxLength={10} />;
