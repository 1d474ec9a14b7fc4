import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, type AukioLocale } from '../i18n';
import { ConsentBanner, ConsentSettingsLink } from './ConsentBanner';
import {
  CONSENT_EVENT,
  CONSENT_STORAGE_KEY,
  ConsentProvider,
  localStorageConsent,
  memoryConsent,
  parseConsentRecord,
  useConsent,
  type ConsentRecord,
  type ConsentStorage,
} from './consent';

const purposes = [
  { id: 'analytics', label: 'Kävijätilastot', description: 'Sivujen käyttömäärät.' },
  { id: 'video', label: 'Upotetut videot' },
];
const ids = purposes.map((p) => p.id);
const valid: ConsentRecord = {
  purposes: { analytics: true, video: false },
  policyVersion: '3',
  decidedAt: '2026-05-01T09:30:00.000Z',
  locale: 'fi',
};

function Analytics() {
  const { granted, decided } = useConsent('analytics');
  return <p data-testid="analytics">{decided ? (granted ? 'analytics on' : 'analytics off') : 'undecided'}</p>;
}

function Page({ storage, onChange, locale = 'en', modal }: { storage: ConsentStorage; onChange?: (r: ConsentRecord) => void; locale?: AukioLocale; modal?: boolean }) {
  return (
    <AukioProvider locale={locale}>
      <ConsentProvider purposes={purposes} policyVersion="3" storage={storage} onChange={onChange}>
        <ConsentBanner policyHref="/privacy" modal={modal} />
        <main>
          <Analytics />
          <ConsentSettingsLink />
        </main>
      </ConsentProvider>
    </AukioProvider>
  );
}

describe('parseConsentRecord', { timeout: 30_000 }, () => {
  it('accepts a valid record and returns a clean copy', () => {
    expect(parseConsentRecord(valid, '3', ids)).toEqual(valid);
    expect(parseConsentRecord(JSON.stringify(valid), '3', ids)).toEqual(valid);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['another version', { ...valid, policyVersion: '2' }],
    ['a missing purpose', { ...valid, purposes: { analytics: true } }],
    ['an unknown purpose', { ...valid, purposes: { ...valid.purposes, ads: false } }],
    ['a string instead of a boolean', { ...valid, purposes: { analytics: 'true', video: false } }],
    ['an extra key', { ...valid, admin: true }],
    ['a bad date', { ...valid, decidedAt: 'yesterday' }],
    ['an unknown locale', { ...valid, locale: 'de' }],
    ['an array', [valid]],
    ['corrupt JSON', '{"purposes":'],
    ['a prototype key', JSON.parse('{"__proto__":{"analytics":true},"purposes":{"analytics":true,"video":true},"policyVersion":"3","decidedAt":"2026-05-01T09:30:00.000Z","locale":"fi"}')],
  ])('treats %s as no consent', (_, value) => {
    expect(parseConsentRecord(value, '3', ids)).toBeNull();
  });

  it('fuzz: random strings never throw and never give consent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(parseConsentRecord(s, '3', ids)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('fuzz: random JSON values never throw and never give consent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(parseConsentRecord(v, '3', ids)).toBeNull();
        expect(parseConsentRecord(JSON.stringify(v), '3', ids)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('fuzz: any value (objects with odd prototypes, symbols, functions) never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true }), (v) => {
        expect(() => parseConsentRecord(v, '3', ids)).not.toThrow();
        expect(parseConsentRecord(v, '3', ids)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('fuzz: a valid record with one field replaced by a random value is rejected unless the value is valid', () => {
    const keys = ['purposes', 'policyVersion', 'decidedAt', 'locale'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, v) => {
        const record = { ...valid, [key]: v };
        const result = parseConsentRecord(record, '3', ids);
        if (result) expect(result).toEqual(record);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('localStorageConsent', () => {
  it('stores under a versioned key and reads corrupt data as nothing', () => {
    const store = localStorageConsent();
    store.write(valid);
    expect(JSON.parse(localStorage.getItem(CONSENT_STORAGE_KEY)!)).toEqual(valid);
    localStorage.setItem(CONSENT_STORAGE_KEY, '{not json');
    expect(store.read()).toBeNull();
    store.clear?.();
    expect(localStorage.getItem(CONSENT_STORAGE_KEY)).toBeNull();
  });
});

describe('ConsentBanner', { timeout: 20_000 }, () => {
  it('is a labelled region with equal Accept all and Reject all buttons, and no axe violations', async () => {
    const { container } = render(<Page storage={memoryConsent()} />);
    const region = await screen.findByRole('region', { name: 'Cookies and consent' });
    expect(region.tagName).toBe('SECTION');
    const accept = screen.getByRole('button', { name: 'Accept all' });
    const reject = screen.getByRole('button', { name: 'Reject all' });
    expect(accept.dataset.variant).toBe(reject.dataset.variant);
    expect(accept.dataset.size).toBe(reject.dataset.size);
    expect(accept.parentElement).toBe(reject.parentElement);
    expect(screen.getByRole('link', { name: 'Read the privacy notice' })).toHaveAttribute('href', '/privacy');
    expect(screen.getByTestId('analytics')).toHaveTextContent('undecided');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('keyboard only: Tab to "Accept all", Enter; consent saved, event fired, banner gone, announced', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const storage = memoryConsent();
    const onChange = vi.fn();
    const onEvent = vi.fn();
    document.addEventListener(CONSENT_EVENT, onEvent);
    render(<Page storage={storage} onChange={onChange} />);
    await screen.findByRole('region', { name: 'Cookies and consent' });
    await user.tab(); // heading is not in the tab order; first stop: privacy link
    expect(screen.getByRole('link', { name: 'Read the privacy notice' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Accept all' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Cookies and consent' })).toBeNull());
    expect(screen.getByTestId('analytics')).toHaveTextContent('analytics on');
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ purposes: { analytics: true, video: true }, policyVersion: '3', locale: 'en' }));
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect((onEvent.mock.calls[0]![0] as CustomEvent<ConsentRecord>).detail.purposes.analytics).toBe(true);
    expect(parseConsentRecord(storage.read(), '3', ids)).not.toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(screen.getByRole('status')).toHaveTextContent('Your choices have been saved.');
    expect(document.querySelector('main')).toHaveFocus();
    document.removeEventListener(CONSENT_EVENT, onEvent);
    vi.useRealTimers();
  });

  it('keyboard only: Reject all gives no consent to anything', async () => {
    const user = userEvent.setup();
    const storage = memoryConsent();
    render(<Page storage={storage} />);
    await screen.findByRole('region');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reject all' })).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByTestId('analytics')).toHaveTextContent('analytics off'));
    expect((storage.read() as ConsentRecord).purposes).toEqual({ analytics: false, video: false });
  });

  it('keyboard only: Choose opens per-purpose checkboxes, nothing pre-selected; save one purpose', async () => {
    const user = userEvent.setup();
    const storage = memoryConsent();
    const { container } = render(<Page storage={storage} />);
    await screen.findByRole('region');
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    const choose = screen.getByRole('button', { name: 'Choose' });
    expect(choose).toHaveFocus();
    expect(choose).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(choose).toHaveAttribute('aria-expanded', 'true');
    const analytics = screen.getByRole('checkbox', { name: /Kävijätilastot/ });
    const video = screen.getByRole('checkbox', { name: /Upotetut videot/ });
    expect(analytics).not.toBeChecked();
    expect(video).not.toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
    await user.tab();
    expect(analytics).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save choices' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('analytics')).toHaveTextContent('analytics on'));
    expect((storage.read() as ConsentRecord).purposes).toEqual({ analytics: true, video: false });
  });

  it('is reachable again from the settings link, shows saved choices, and withdrawing is as easy as giving', async () => {
    const user = userEvent.setup();
    const storage = memoryConsent(valid);
    render(<Page storage={storage} locale="fi" />);
    await waitFor(() => expect(screen.getByTestId('analytics')).toHaveTextContent('analytics on'));
    expect(screen.queryByRole('region', { name: 'Evästeet ja suostumukset' })).toBeNull();
    const link = screen.getByRole('button', { name: 'Evästeasetukset' });
    link.focus();
    await user.keyboard('{Enter}');
    const region = await screen.findByRole('region', { name: 'Evästeet ja suostumukset' });
    expect(region.querySelector('h2')).toHaveFocus();
    const analytics = screen.getByRole('checkbox', { name: /Kävijätilastot/ });
    expect(analytics).toBeChecked();
    await user.tab(); // privacy link
    await user.tab(); // accept
    await user.tab(); // reject
    await user.tab(); // close
    expect(screen.getByRole('button', { name: 'Sulje' })).toHaveFocus();
    await user.tab();
    expect(analytics).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('analytics')).toHaveTextContent('analytics off'));
    expect((storage.read() as ConsentRecord).purposes.analytics).toBe(false);
  });

  it('asks again when the policy version changes, and treats corrupt storage as no consent', async () => {
    const { unmount } = render(<Page storage={memoryConsent({ ...valid, policyVersion: '2' })} />);
    expect(await screen.findByRole('region')).toBeInTheDocument();
    expect(screen.getByTestId('analytics')).toHaveTextContent('undecided');
    unmount();
    const throwing: ConsentStorage = { read: () => { throw new Error('broken'); }, write: () => {} };
    render(<Page storage={throwing} />);
    expect(await screen.findByRole('region')).toBeInTheDocument();
  });

  it('shows a translated error and stays when storage fails', async () => {
    const user = userEvent.setup();
    const failing: ConsentStorage = { read: () => null, write: () => Promise.reject(new Error('offline')) };
    render(<Page storage={failing} locale="sv" />);
    await screen.findByRole('region', { name: 'Kakor och samtycke' });
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gick inte att spara dina val. Försök igen.');
    expect(screen.getByRole('region', { name: 'Kakor och samtycke' })).toBeInTheDocument();
  });

  it('renders as a modal dialog only when asked to', async () => {
    const { container } = render(<Page storage={memoryConsent()} modal />);
    const dialog = await screen.findByRole('dialog', { name: 'Cookies and consent' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('requires the purposes and a policy version by type', () => {
    // @ts-expect-error policyVersion is required: without it a new policy could not ask again
    const missing = () => <ConsentProvider purposes={purposes} />;
    expect(missing).toBeTypeOf('function');
  });

  it('throws a clear error outside a ConsentProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ConsentBanner />)).toThrow(/ConsentProvider/);
    vi.restoreAllMocks();
  });
});
