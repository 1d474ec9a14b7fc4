import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, type AukioLocale } from '../i18n';
import { ConsentList, type GivenConsent } from './ConsentList';

const consents: GivenConsent[] = [
  { id: 'lib', service: 'Library e-services', purpose: 'Reading recommendations', givenAt: '2026-02-14' },
  { id: 'hsl', service: 'Travel card partner', purpose: 'Sharing your travel zone', givenAt: '2025-11-03T08:00:00Z' },
];

function renderList(onRevoke: (c: GivenConsent) => Promise<void>, locale: AukioLocale = 'en') {
  return render(
    <AukioProvider locale={locale}>
      <ConsentList consents={consents} onRevoke={onRevoke} />
    </AukioProvider>,
  );
}

describe('ConsentList', { timeout: 20_000 }, () => {
  it('lists service, purpose and the date given formatted for the locale', async () => {
    const { container } = renderList(() => Promise.resolve());
    const table = screen.getByRole('table', { name: 'Consents you have given' });
    expect(within(table).getByRole('rowheader', { name: 'Library e-services' })).toBeInTheDocument();
    expect(within(table).getByText('February 14, 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke consent: Library e-services' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('formats dates in Finnish', () => {
    renderList(() => Promise.resolve(), 'fi');
    expect(screen.getByText('14. helmikuuta 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Peru suostumus: Library e-services' })).toBeInTheDocument();
  });

  it('keyboard only: revoke, confirm in the dialog, result announced, row removed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onRevoke = vi.fn(() => Promise.resolve());
    const { container } = renderList(onRevoke);
    const revoke = screen.getByRole('button', { name: 'Revoke consent: Library e-services' });
    revoke.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke consent?' });
    expect(dialog).toHaveAccessibleDescription('Library e-services will no longer be allowed to use your data for: Reading recommendations.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Revoke consent' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onRevoke).toHaveBeenCalledWith(consents[0]);
    expect(screen.queryByRole('rowheader', { name: 'Library e-services' })).toBeNull();
    expect(container.querySelector('.aukio-consent-list')).toHaveFocus();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(screen.getByRole('status')).toHaveTextContent('Consent revoked: Library e-services.');
    vi.useRealTimers();
  });

  it('Escape cancels: nothing revoked, focus back on the button', async () => {
    const user = userEvent.setup();
    const onRevoke = vi.fn(() => Promise.resolve());
    renderList(onRevoke);
    const revoke = screen.getByRole('button', { name: 'Revoke consent: Travel card partner' });
    revoke.focus();
    await user.keyboard(' ');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onRevoke).not.toHaveBeenCalled();
    expect(revoke).toHaveFocus();
  });

  it('a failed revoke shows a translated error in the dialog and keeps the list unchanged', async () => {
    const user = userEvent.setup();
    const { container } = renderList(() => Promise.reject(new Error('500')), 'sv');
    screen.getByRole('button', { name: 'Återkalla samtycke: Library e-services' }).focus();
    await user.keyboard('{Enter}');
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Det gick inte att återkalla samtycket. Inget ändrades, försök igen.')).toBeInTheDocument();
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Library e-services' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so when there are no consents', async () => {
    const { container } = render(<ConsentList consents={[]} onRevoke={() => {}} />);
    expect(screen.getByText('Sinulla ei ole voimassa olevia suostumuksia.')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
