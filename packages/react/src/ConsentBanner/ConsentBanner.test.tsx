import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, type AukioLocale } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
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
import {
  CONSENT_COOKIE_NAME,
  CONSENT_FORM_FIELDS,
  consentFromCookieHeader,
  consentRecordFromForm,
  serializeConsentCookie,
} from './consentServer';
import { cookieConsent } from './consentStorage';

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

function Page({ storage, onRecordChange, locale = 'en', modal }: { storage: ConsentStorage; onRecordChange?: (r: ConsentRecord) => void; locale?: AukioLocale; modal?: boolean }) {
  return (
    <AukioProvider locale={locale}>
      <ConsentProvider purposes={purposes} policyVersion="3" storage={storage} onRecordChange={onRecordChange}>
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

  it('ConsentProvider still calls the deprecated onChange, with one development warning', async () => {
    const user = userEvent.setup();
    await expectOneDeprecationWarning('ConsentProvider', 'onChange', async () => {
      const onChange = vi.fn();
      render(
        <AukioProvider locale="en">
          <ConsentProvider purposes={purposes} policyVersion="3" storage={memoryConsent()} onChange={onChange}>
            <ConsentBanner policyHref="/privacy" />
          </ConsentProvider>
        </AukioProvider>,
      );
      await user.click(await screen.findByRole('button', { name: 'Accept all' }));
      await waitFor(() => expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ purposes: { analytics: true, video: true } })));
    });
  });

  it('keyboard only: Tab to "Accept all", Enter; consent saved, event fired, banner gone, announced', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const storage = memoryConsent();
    const onRecordChange = vi.fn();
    const onEvent = vi.fn();
    document.addEventListener(CONSENT_EVENT, onEvent);
    render(<Page storage={storage} onRecordChange={onRecordChange} />);
    await screen.findByRole('region', { name: 'Cookies and consent' });
    await user.tab(); // heading is not in the tab order; first stop: privacy link
    expect(screen.getByRole('link', { name: 'Read the privacy notice' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Accept all' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Cookies and consent' })).toBeNull());
    expect(screen.getByTestId('analytics')).toHaveTextContent('analytics on');
    expect(onRecordChange).toHaveBeenCalledWith(expect.objectContaining({ purposes: { analytics: true, video: true }, policyVersion: '3', locale: 'en' }));
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

  it('passes its other props to the element in both modes (id, data attributes, lang)', async () => {
    for (const modal of [false, true]) {
      const { unmount } = render(
        <AukioProvider locale="en">
          <ConsentProvider purposes={purposes} policyVersion="3" storage={memoryConsent()}>
            <ConsentBanner modal={modal} id="consent" data-testid="banner" lang="en" />
          </ConsentProvider>
        </AukioProvider>,
      );
      const banner = await screen.findByTestId('banner');
      expect(banner).toHaveAttribute('id', 'consent');
      expect(banner).toHaveAttribute('lang', 'en');
      expect(banner.tagName).toBe(modal ? 'DIALOG' : 'SECTION');
      unmount();
    }
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

/** A page as a server renders it: the record the server knows, the banner in form mode. */
function ServerPage({ initialRecord, storage }: { initialRecord: ConsentRecord | null; storage: ConsentStorage }) {
  return (
    <AukioProvider locale="en">
      <ConsentProvider purposes={purposes} policyVersion="3" storage={storage} initialRecord={initialRecord}>
        <ConsentBanner action="/consent" settingsHref="/cookies" hiddenFields={{ return: '/en/' }} />
        <main>
          <Analytics />
        </main>
      </ConsentProvider>
    </AukioProvider>
  );
}

/** Server HTML in the document, then hydrated; returns the container and a clean-up. */
async function hydrate(ui: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.appendChild(container);
  const recoverable = vi.fn();
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, ui, { onRecoverableError: recoverable });
  });
  return {
    container,
    recoverable,
    cleanup: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

describe('ConsentBanner on the server (initialRecord)', { timeout: 20_000 }, () => {
  it('renders the banner on the server when the server knows there is no decision yet', () => {
    const html = renderToString(<ServerPage initialRecord={null} storage={memoryConsent()} />);
    document.body.innerHTML = html;
    expect(screen.getByRole('region', { name: 'Cookies and consent' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose' })).toHaveAttribute('href', '/cookies');
    expect(screen.getByTestId('analytics')).toHaveTextContent('undecided');
    document.body.innerHTML = '';
  });

  it('renders no banner on the server when a valid record is given', () => {
    const html = renderToString(<ServerPage initialRecord={valid} storage={memoryConsent()} />);
    expect(html).not.toContain('Cookies and consent');
    expect(html).toContain('analytics on');
  });

  it('without initialRecord the server renders nothing (consent is not known yet)', () => {
    const html = renderToString(
      <ConsentProvider purposes={purposes} policyVersion="3" storage={memoryConsent()}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(html).toBe('');
  });

  it.each([
    ['another policy version', { ...valid, policyVersion: '2' }],
    ['an extra key', { ...valid, admin: true }],
    ['a missing purpose', { ...valid, purposes: { analytics: true } }],
    ['a string', '{"purposes":'],
    ['a number', 42],
  ])('treats a corrupt initialRecord (%s) as no consent, without throwing', (_, bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(<ServerPage initialRecord={bad as unknown as ConsentRecord} storage={memoryConsent()} />);
    expect(html).toContain('Cookies and consent');
    expect(html).toContain('undecided');
    warn.mockRestore();
  });

  it('hydrates the server HTML without warnings, then works with JavaScript', async () => {
    const error = vi.spyOn(console, 'error');
    const storage = memoryConsent();
    const page = await hydrate(<ServerPage initialRecord={null} storage={storage} />);
    expect(error).not.toHaveBeenCalled();
    expect(page.recoverable).not.toHaveBeenCalled();
    // After hydration "Choose" opens the choices in place.
    const choose = screen.getByRole('button', { name: 'Choose' });
    expect(choose).toHaveAttribute('aria-expanded', 'false');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await waitFor(() => expect(screen.getByTestId('analytics')).toHaveTextContent('analytics off'));
    expect(screen.queryByRole('region', { name: 'Cookies and consent' })).toBeNull();
    expect((storage.read() as ConsentRecord).purposes).toEqual({ analytics: false, video: false });
    page.cleanup();
    error.mockRestore();
  });

  it('keeps focus on "Choose" when the link becomes the in-place button at hydration', async () => {
    const ui = <ServerPage initialRecord={null} storage={memoryConsent()} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.appendChild(container);
    const link = screen.getByRole('link', { name: 'Choose' });
    link.focus();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, ui);
    });
    expect(screen.queryByRole('link', { name: 'Choose' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Choose' })).toHaveFocus();
    act(() => root?.unmount());
    container.remove();
  });

  it('an empty storage read after hydration keeps the record the server knew (a decision posted without JavaScript)', async () => {
    const error = vi.spyOn(console, 'error');
    const page = await hydrate(<ServerPage initialRecord={valid} storage={memoryConsent()} />);
    // Let the provider's storage read settle: the banner must not come back, analytics stays as decided.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.queryByRole('region', { name: 'Cookies and consent' })).toBeNull();
    expect(screen.getByTestId('analytics')).toHaveTextContent('analytics on');
    expect(error).not.toHaveBeenCalled();
    page.cleanup();
    error.mockRestore();
  });

  it('hydrates a page rendered with consent without warnings, and storage that differs wins', async () => {
    const error = vi.spyOn(console, 'error');
    const page = await hydrate(<ServerPage initialRecord={valid} storage={memoryConsent({ ...valid, purposes: { analytics: false, video: false } })} />);
    expect(error).not.toHaveBeenCalled();
    expect(page.recoverable).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('analytics')).toHaveTextContent('analytics off'));
    page.cleanup();
    error.mockRestore();
  });
});

describe('ConsentBanner without JavaScript (action)', { timeout: 20_000 }, () => {
  it('is a posting form whose buttons send consent=accept-all / reject-all, and no axe violations', async () => {
    const { container } = render(<ServerPage initialRecord={null} storage={memoryConsent()} />);
    const accept = screen.getByRole('button', { name: 'Accept all' });
    const reject = screen.getByRole('button', { name: 'Reject all' });
    const form = accept.closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/consent');
    expect(reject.closest('form')).toBe(form);
    expect(accept).toHaveAttribute('type', 'submit');
    expect(accept).toHaveAttribute('name', 'consent');
    expect(accept).toHaveAttribute('value', 'accept-all');
    expect(reject).toHaveAttribute('type', 'submit');
    expect(reject).toHaveAttribute('name', 'consent');
    expect(reject).toHaveAttribute('value', 'reject-all');
    expect(form.querySelector('input[type="hidden"][name="return"]')).toHaveValue('/en/');
    // The settings form (after Choose) is never nested inside the banner's form.
    expect(await axe(container)).toHaveNoViolations();
  });

  it('with JavaScript, clicking a button saves through the provider and prevents the post', async () => {
    const user = userEvent.setup();
    const storage = memoryConsent();
    render(<ServerPage initialRecord={null} storage={storage} />);
    const form = screen.getByRole('button', { name: 'Accept all' }).closest('form')!;
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    const clicks: Event[] = [];
    const onClick = (event: Event) => clicks.push(event);
    document.addEventListener('click', onClick, true);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    document.removeEventListener('click', onClick, true);
    expect(clicks.at(-1)!.defaultPrevented).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('analytics')).toHaveTextContent('analytics on'));
    expect(parseConsentRecord(storage.read(), '3', ids)?.purposes).toEqual({ analytics: true, video: true });
  });

  it('opens the choices in place with JavaScript; the settings form is not inside the banner form', async () => {
    const user = userEvent.setup();
    render(<ServerPage initialRecord={null} storage={memoryConsent()} />);
    expect(screen.queryByRole('link', { name: 'Choose' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Choose' }));
    const box = screen.getByRole('checkbox', { name: /Kävijätilastot/ });
    expect(box.closest('form')).not.toBe(screen.getByRole('button', { name: 'Accept all' }).closest('form'));
    expect(box.closest('form')?.parentElement?.closest('form')).toBeNull();
  });

  it('the posted fields give the same record as the browser saves', () => {
    render(<ServerPage initialRecord={null} storage={memoryConsent()} />);
    const accept = screen.getByRole<HTMLButtonElement>('button', { name: 'Accept all' });
    const fields = new URLSearchParams([[accept.name, accept.value]]);
    const record = consentRecordFromForm(fields, { purposes: ids, policyVersion: '3', locale: 'en' });
    expect(record).toEqual({ purposes: { analytics: true, video: true }, policyVersion: '3', decidedAt: expect.any(String), locale: 'en' });
    expect(parseConsentRecord(record, '3', ids)).toEqual(record);
  });
});

describe('consent helpers for the server', { timeout: 30_000 }, () => {
  const now = new Date('2026-11-27T12:00:00.000Z');
  const opts = { purposes: ids, policyVersion: '3', locale: 'fi' as const, now };

  it('consentRecordFromForm: accept-all, reject-all and save with ticked purposes', () => {
    expect(consentRecordFromForm(new URLSearchParams('consent=accept-all'), opts)).toEqual({
      purposes: { analytics: true, video: true },
      policyVersion: '3',
      decidedAt: '2026-11-27T12:00:00.000Z',
      locale: 'fi',
    });
    expect(consentRecordFromForm({ consent: 'reject-all' }, opts)?.purposes).toEqual({ analytics: false, video: false });
    const form = new FormData();
    form.append('purpose', 'video');
    form.append('purpose', 'ads');
    form.append('consent', 'save');
    expect(consentRecordFromForm(form, opts)?.purposes).toEqual({ analytics: false, video: true });
    expect(consentRecordFromForm({ consent: 'save', purpose: ['analytics', 'video'] }, opts)?.purposes).toEqual({ analytics: true, video: true });
    expect(consentRecordFromForm({ consent: 'save' }, opts)?.purposes).toEqual({ analytics: false, video: false });
    expect(CONSENT_FORM_FIELDS).toEqual({ decision: 'consent', purpose: 'purpose', acceptAll: 'accept-all', rejectAll: 'reject-all', save: 'save' });
  });

  it.each([
    ['no decision', {}],
    ['an unknown decision', { consent: 'yes' }],
    ['two decisions', { consent: ['accept-all', 'reject-all'] }],
    ['a decision that is not text', { consent: { toString: (): string => 'accept-all' } }],
  ])('consentRecordFromForm rejects %s', (_, fields) => {
    expect(consentRecordFromForm(fields, opts)).toBeNull();
  });

  it('consentRecordFromForm rejects a bad locale and odd posted input without throwing; a mistake in the code is not hidden', () => {
    expect(consentRecordFromForm({ consent: 'accept-all' }, { ...opts, locale: 'de' as 'fi' })).toBeNull();
    expect(consentRecordFromForm(null as unknown as URLSearchParams, opts)).toBeNull();
    // An invalid clock is the calling code's error: it surfaces instead of turning into "no decision".
    expect(() => consentRecordFromForm({ consent: 'accept-all' }, { ...opts, now: new Date(NaN) })).toThrow(RangeError);
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (fields) => {
        const result = consentRecordFromForm(fields as Record<string, unknown>, opts);
        if (result) expect(parseConsentRecord(result, '3', ids)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('consentFromCookieHeader reads the record among other cookies, and never throws', () => {
    const header = `sid=abc; ${serializeConsentCookie(valid).split(';')[0]}; theme=dark`;
    expect(consentFromCookieHeader(header, { policyVersion: '3', purposes: ids })).toEqual(valid);
    expect(consentFromCookieHeader(header, { policyVersion: '4', purposes: ids })).toBeNull();
    expect(consentFromCookieHeader(undefined, { policyVersion: '3', purposes: ids })).toBeNull();
    expect(consentFromCookieHeader('', { policyVersion: '3', purposes: ids })).toBeNull();
    expect(consentFromCookieHeader(`x${CONSENT_COOKIE_NAME}=${encodeURIComponent(JSON.stringify(valid))}`, { policyVersion: '3', purposes: ids })).toBeNull();
    expect(consentFromCookieHeader(`${CONSENT_COOKIE_NAME}=%E0%A4%A`, { policyVersion: '3', purposes: ids })).toBeNull();
    expect(consentFromCookieHeader(`${CONSENT_COOKIE_NAME}=${encodeURIComponent('{"purposes":')}`, { policyVersion: '3', purposes: ids })).toBeNull();
    const named = serializeConsentCookie(valid, { name: 'city-consent' }).split(';')[0]!;
    expect(consentFromCookieHeader(named, { name: 'city-consent', policyVersion: '3', purposes: ids })).toEqual(valid);
    // Options missing is a mistake in the code: it throws rather than reading as "no consent".
    expect(() => consentFromCookieHeader(named, undefined as unknown as { policyVersion: string; purposes: string[] })).toThrow(TypeError);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(consentFromCookieHeader(s, { policyVersion: '3', purposes: ids })).toBeNull();
        expect(consentFromCookieHeader(`${CONSENT_COOKIE_NAME}=${s}`, { policyVersion: '3', purposes: ids })).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('serializeConsentCookie writes a Set-Cookie value with its attributes', () => {
    const cookie = serializeConsentCookie(valid, { maxAge: 60, secure: true, sameSite: 'Strict' });
    expect(cookie).toMatch(/^aukio-consent=[^;]+; Path=\/; Max-Age=60; SameSite=Strict; Secure$/);
    expect(() => serializeConsentCookie(valid, { name: 'bad name;' })).toThrow(/cookie name/);
  });

  it('the provider takes the cookie store by name, as plain data a Server Component can pass, and writes the cookie itself', async () => {
    const user = userEvent.setup();
    const props = { storage: 'cookie', storageOptions: { name: 'named-consent', maxAge: 60 } } as const;
    // Only strings and numbers: what React can send from a Server Component to a client component.
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
    render(
      <AukioProvider locale="en">
        <ConsentProvider purposes={purposes} policyVersion="3" initialRecord={null} {...props}>
          <ConsentBanner policyHref="/privacy" />
        </ConsentProvider>
      </AukioProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Cookies and consent' })).toBeNull());
    const saved = consentFromCookieHeader(document.cookie, { name: 'named-consent', policyVersion: '3', purposes: ids });
    expect(saved?.purposes).toEqual({ analytics: false, video: false });
    document.cookie = 'named-consent=; Max-Age=0; Path=/';
  });

  it('cookieConsent keeps the record in document.cookie for the provider', async () => {
    const storage = cookieConsent({ name: 'test-consent' });
    expect(storage.read()).toBeNull();
    await storage.write(valid);
    expect(parseConsentRecord(storage.read(), '3', ids)).toEqual(valid);
    expect(consentFromCookieHeader(document.cookie, { name: 'test-consent', policyVersion: '3', purposes: ids })).toEqual(valid);
    await storage.clear?.();
    expect(storage.read()).toBeNull();
  });
});
