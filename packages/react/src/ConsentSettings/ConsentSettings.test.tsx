import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import {
  ConsentProvider,
  consentRecordFromForm,
  memoryConsent,
  parseConsentRecord,
  useConsent,
  type ConsentRecord,
  type ConsentStorage,
} from '../ConsentBanner';
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
        <ConsentSettings headingLevel={2} onSaved={onSaved} />
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
  it('shows the legend as a heading at headingLevel, and still takes the deprecated legendAs with one warning', async () => {
    render(<Page storage={memoryConsent()} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What do you consent to?' })).toBeInTheDocument();
    await expectOneDeprecationWarning('ConsentSettings', 'legendAs', () => {
      render(
        <ConsentProvider purposes={purposes} policyVersion="1" storage={memoryConsent()}>
          <ConsentSettings legendAs="h3" />
        </ConsentProvider>,
      );
    });
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });

  it('has one unchecked checkbox per purpose before any decision, in a named group', async () => {
    const { container } = render(<Page storage={memoryConsent()} />);
    expect(screen.getByRole('group', { name: 'What do you consent to?' })).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).not.toBeChecked();
    // Its own description, then the group's hint (options carry it: Orca does not read a fieldset's description).
    expect(screen.getByRole('checkbox', { name: 'Visitor statistics' })).toHaveAccessibleDescription(/^How many people use each page\. Choose the purposes you accept\./);
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

function ServerPage({ storage, initialRecord }: { storage: ConsentStorage; initialRecord: ConsentRecord | null }) {
  return (
    <AukioProvider locale="en">
      <ConsentProvider purposes={purposes} policyVersion="1" storage={storage} initialRecord={initialRecord}>
        <ConsentSettings headingLevel={2} action="/cookies" hiddenFields={{ csrf: 'token-1' }} />
        <State />
      </ConsentProvider>
    </AukioProvider>
  );
}

describe('ConsentSettings on the server and without JavaScript', { timeout: 20_000 }, () => {
  it('renders the saved choices on the server from initialRecord (UTC time until hydrated)', () => {
    document.body.innerHTML = renderToString(<ServerPage storage={memoryConsent()} initialRecord={given} />);
    expect(screen.getByRole('checkbox', { name: 'Visitor statistics' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Chat' })).not.toBeChecked();
    expect(screen.getByText(/^Last saved /)).toHaveTextContent('March 2, 2026');
    expect(screen.getByText(/^Last saved /)).toHaveTextContent('UTC');
    document.body.innerHTML = '';
  });

  it('treats a corrupt initialRecord as nothing chosen', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = renderToString(
      <ServerPage storage={memoryConsent()} initialRecord={{ ...given, purposes: { analytics: 'yes' } } as unknown as ConsentRecord} />,
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(screen.queryByText(/^Last saved /)).toBeNull();
    document.body.innerHTML = '';
    warn.mockRestore();
  });

  it('hydrates the server HTML without warnings', async () => {
    const error = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const ui = <ServerPage storage={memoryConsent(given)} initialRecord={given} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.appendChild(container);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, ui, { onRecoverableError: recoverable });
    });
    expect(error).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: 'Visitor statistics' })).toBeChecked();
    act(() => root?.unmount());
    container.remove();
    error.mockRestore();
  });

  it('is a posting form: purpose=<id> checkboxes and consent=save, and no axe violations', async () => {
    const { container } = render(<ServerPage storage={memoryConsent()} initialRecord={given} />);
    const form = container.querySelector('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/cookies');
    const analytics = screen.getByRole('checkbox', { name: 'Visitor statistics' });
    expect(analytics).toHaveAttribute('name', 'purpose');
    expect(analytics).toHaveAttribute('value', 'analytics');
    expect(screen.getByRole('checkbox', { name: 'Chat' })).toHaveAttribute('value', 'chat');
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save choices' });
    expect(save).toHaveAttribute('type', 'submit');
    expect(save).toHaveAttribute('name', 'consent');
    expect(save).toHaveAttribute('value', 'save');
    expect(form.querySelector('input[type="hidden"][name="csrf"]')).toHaveValue('token-1');
    // What the browser would post gives the same record on the server.
    const fields = new FormData(form);
    fields.append(save.name, save.value);
    const record = consentRecordFromForm(fields, { purposes: ['analytics', 'chat'], policyVersion: '1', locale: 'en' });
    expect(record?.purposes).toEqual({ analytics: true, chat: false });
    expect(parseConsentRecord(record, '1', ['analytics', 'chat'])).toEqual(record);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('with JavaScript, saving updates the provider and prevents the post', async () => {
    const user = userEvent.setup();
    const storage = memoryConsent();
    const { container } = render(<ServerPage storage={storage} initialRecord={null} />);
    const form = container.querySelector('form')!;
    const submits: Event[] = [];
    const onSubmit = (event: Event) => submits.push(event);
    document.addEventListener('submit', onSubmit, true);
    await user.click(screen.getByRole('checkbox', { name: 'Visitor statistics' }));
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    document.removeEventListener('submit', onSubmit, true);
    expect(submits).toHaveLength(1);
    expect(submits[0]!.target).toBe(form);
    expect(submits[0]!.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent(/^granted$/));
    expect((storage.read() as ConsentRecord).purposes).toEqual({ analytics: true, chat: false });
  });
});
