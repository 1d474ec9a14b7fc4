import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Notification, type NotificationType } from './Notification';

const polite = () => document.getElementById('aukio-announcer-polite');
const assertive = () => document.getElementById('aukio-announcer-assertive');

afterEach(() => {
  vi.useRealTimers();
});

describe('Notification', () => {
  it('says its type in words (Finnish by default) and hides the icon', () => {
    render(
      <Notification type="error" title="Hakemusta ei lähetetty">
        Yritä uudelleen.
      </Notification>,
    );
    const title = screen.getByText('Hakemusta ei lähetetty').closest('p')!;
    expect(title).toHaveTextContent('Virhe: Hakemusta ei lähetetty');
    expect(document.querySelector('.aukio-notification__icon svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it.each([
    ['info', 'Information'],
    ['success', 'Success'],
    ['warning', 'Warning'],
    ['error', 'Error'],
  ] as const)('translates the %s label', (type, word) => {
    render(
      <AukioProvider locale="en">
        <Notification type={type} title="Title" showTypeLabel />
      </AukioProvider>,
    );
    expect(screen.getByText(word)).toBeVisible();
  });

  it('Swedish type labels', () => {
    render(
      <AukioProvider locale="sv">
        <Notification type="success" title="Sparat" />
        <Notification type="info" title="Info" />
      </AukioProvider>,
    );
    expect(screen.getByText('Lyckades')).toBeInTheDocument();
    expect(screen.getByText('Meddelande')).toBeInTheDocument();
  });

  it('renders the title as a heading when given a level', () => {
    render(<Notification title="Huoltokatko" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Tiedote: Huoltokatko' })).toBeInTheDocument();
  });

  it('inline mode announces nothing', async () => {
    vi.useFakeTimers();
    render(<Notification type="error" title="Virheellinen" />);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(assertive()?.textContent ?? '').toBe('');
    expect(polite()?.textContent ?? '').toBe('');
  });

  it('announced info/success goes to the polite status region after 100 ms', async () => {
    vi.useFakeTimers();
    render(
      <Notification type="success" mode="announced" title="Tallennettu">
        Luonnos on tallessa.
      </Notification>,
    );
    expect(polite()).toHaveAttribute('role', 'status');
    expect(polite()).toHaveTextContent('');
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Onnistui. Tallennettu. Luonnos on tallessa.');
    expect(assertive()?.textContent ?? '').toBe('');
  });

  it.each(['warning', 'error'] as NotificationType[])('announced %s goes to the assertive alert region', async (type) => {
    vi.useFakeTimers();
    render(
      <AukioProvider locale="en">
        <Notification type={type} mode="announced" title="Session ends soon" />
      </AukioProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(assertive()).toHaveAttribute('role', 'alert');
    expect(assertive()).toHaveTextContent(`${type === 'error' ? 'Error' : 'Warning'}. Session ends soon`);
  });

  it('announces again when its text changes, not on every render', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Notification mode="announced" title="Ladattu 1 tiedosto" />);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Tiedote. Ladattu 1 tiedosto');
    polite()!.textContent = '';
    rerender(<Notification mode="announced" title="Ladattu 1 tiedosto" className="x" />);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(polite()).toHaveTextContent('');
    rerender(<Notification mode="announced" title="Ladattu 2 tiedostoa" />);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Tiedote. Ladattu 2 tiedostoa');
  });

  function Closable({ withReturn = false }: { withReturn?: boolean }) {
    const [open, setOpen] = useState(true);
    const heading = useRef<HTMLHeadingElement>(null);
    return (
      <AukioProvider locale="en">
        <h1 ref={heading} tabIndex={-1}>
          Page
        </h1>
        <button type="button">Before</button>
        {open && (
          <Notification title="Saved" onClose={() => setOpen(false)} returnFocusRef={withReturn ? heading : undefined}>
            <a href="#details">Details</a>
          </Notification>
        )}
      </AukioProvider>
    );
  }

  it('closes with a translated button by keyboard and returns focus to where it came from', async () => {
    const user = userEvent.setup();
    render(<Closable />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    await user.tab();
    const close = screen.getByRole('button', { name: 'Close notification' });
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
  });

  it('closes with Space and moves focus to returnFocusRef', async () => {
    const user = userEvent.setup();
    render(<Closable withReturn />);
    screen.getByRole('button', { name: 'Close notification' }).focus();
    await user.keyboard(' ');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Page' })).toHaveFocus();
  });

  it('uses Finnish and Swedish close labels', () => {
    const { unmount } = render(<Notification title="x" onClose={() => {}} />);
    expect(screen.getByRole('button', { name: 'Sulje ilmoitus' })).toBeInTheDocument();
    unmount();
    render(
      <AukioProvider locale="sv">
        <Notification title="x" onClose={() => {}} />
      </AukioProvider>,
    );
    expect(screen.getByRole('button', { name: 'Stäng meddelandet' })).toBeInTheDocument();
  });

  it('has no axe violations in any type, with and without title, label and close', async () => {
    const { container } = render(
      <div>
        {(['info', 'success', 'warning', 'error'] as const).map((t) => (
          <Notification key={t} type={t} title={`Title ${t}`} onClose={() => {}}>
            Body
          </Notification>
        ))}
        <Notification type="warning" showTypeLabel>
          Body only
        </Notification>
        <Notification type="error">Body without title</Notification>
        <Notification type="info" title="Heading" headingLevel={2} mode="announced" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
