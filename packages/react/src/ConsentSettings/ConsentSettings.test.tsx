import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { ConsentProvider, memoryConsent, useConsent, type ConsentRecord, type ConsentStorage } from '../ConsentBanner';
import { AukioProvider, type AukioLocale } from '../i18n';
import { ConsentSettings } from './ConsentSettings';

const purposes = [
  { id: 'analytics', label: 'Visitor statistics', description: 'How many people use each page.' },
  { id: 'chat', label: 'Chat' },
];

function State() {
  const { granted } = useConsent('analytics');
  return <p data-testid="state">{granted ? 'granted' : 'not granted'}</p>;
}

function Page({ storage, locale = 'en', onSaved }: { storage: ConsentStorage; locale?: AukioLocale; onSaved?: (r: ConsentRecord) => void }) {
  return (
    <AukioProvider locale={locale}>
      <ConsentProvider purposes={purposes} policyVersion="1" storage={storage}>
        <ConsentSettings legendAs="h2" onSaved={onSaved} />
        <State />
      </ConsentProvider>
    </AukioProvider>
  );
}

const given: ConsentRecord = {
  purposes: { analytics: true, chat: false },
  policyVersion: '1',
  decidedAt: '2026-03-02T10:00:00.000Z',
  locale: 'en',
};

describe('ConsentSettings', { timeout: 20_000 }, () => {
  it('has one unchecked checkbox per purpose before any decision, in a named group', async () => {
    const { container } = render(<Page storage={memoryConsent()} />);
    expect(screen.getByRole('group', { name: 'What do you consent to?' })).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Visitor statistics' })).toHaveAccessibleDescription('How many people use each page.');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('keyboard only: withdraws a consent with Space and Enter, announces it, and tells when it was saved', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const storage = memoryConsent(given);
    const onSaved = vi.fn();
    const { container } = render(<Page storage={storage} onSaved={onSaved} />);
    const analytics = screen.getByRole('checkbox', { name: 'Visitor statistics' });
    await waitFor(() => expect(analytics).toBeChecked());
    expect(screen.getByText(/^Last saved /)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await user.tab();
    expect(analytics).toHaveFocus();
    await user.keyboard(' ');
    expect(analytics).not.toBeChecked();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save choices' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('not granted'));
    expect((storage.read() as ConsentRecord).purposes).toEqual({ analytics: false, chat: false });
    expect(onSaved).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(screen.getByRole('status')).toHaveTextContent('Your choices have been saved.');
    vi.useRealTimers();
  });

  it('shows a translated error and keeps the choices when saving fails', async () => {
    const user = userEvent.setup();
    const failing: ConsentStorage = { read: () => null, write: () => Promise.reject(new Error('down')) };
    const { container } = render(<Page storage={failing} locale="fi" />);
    const box = screen.getByRole('checkbox', { name: 'Visitor statistics' });
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Valintojen tallentaminen ei onnistunut. Yritä uudelleen.')).toBeInTheDocument();
    expect(box).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('speaks Swedish', () => {
    render(<Page storage={memoryConsent()} locale="sv" />);
    expect(screen.getByRole('group', { name: 'Vad samtycker du till?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spara valen' })).toBeInTheDocument();
  });
});
