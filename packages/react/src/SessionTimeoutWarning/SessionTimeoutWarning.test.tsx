import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { clearAnnouncements } from '../internal/announcer';
import { SessionTimeoutWarning, type SessionTimeoutWarningProps } from './SessionTimeoutWarning';
import { spokenTimeLeft } from './timeLeft';

const minute = 60_000;
const start = Date.parse('2026-12-07T10:00:00Z');

function Warning(props: Partial<SessionTimeoutWarningProps>) {
  return (
    <AukioProvider locale="en">
      <SessionTimeoutWarning expiresAt={new Date(start + 10 * minute).toISOString()} channel={false} {...props} />
    </AukioProvider>
  );
}

const dialog = () => document.querySelector('dialog') as HTMLDialogElement;
const isOpen = () => dialog().hasAttribute('open');
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
/** Settles a promise returned by a callback (the extension) under fake timers. */
const flush = () => act(async () => {});
/** What the live regions (the announcer's) say now. */
const spoken = () =>
  Array.from(document.querySelectorAll('[aria-live]'))
    .map((el) => el.textContent)
    .join('');

beforeEach(() => {
  vi.useFakeTimers({ now: start });
  clearAnnouncements();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SessionTimeoutWarning', () => {
  it('opens exactly five minutes before the expiry the server gave, named and described', () => {
    render(<Warning />);
    advance(5 * minute - 1000);
    expect(isOpen()).toBe(false);
    advance(1000);
    expect(isOpen()).toBe(true);
    expect(dialog()).toHaveAccessibleName('Do you want to continue?');
    // The urgent part is an alertdialog (the buttons' row, as in AlertDialog): named by the title, described by
    // the time and what happens to the answers, so a screen reader reads them once with the focused button.
    const alert = screen.getByRole('alertdialog');
    expect(alert).toHaveAccessibleName('Do you want to continue?');
    expect(alert).toHaveAccessibleDescription(
      'We will sign you out in 5 minutes if you do not continue. When you continue, your answers stay.',
    );
    expect(dialog()).not.toHaveAttribute('aria-describedby');
    // Focus starts on the action that keeps the resident signed in.
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
  });

  it('never warns less than two minutes ahead, whatever warnBefore says', () => {
    render(<Warning warnBefore={30_000} />);
    advance(8 * minute - 1000);
    expect(isOpen()).toBe(false);
    advance(1000);
    expect(isOpen()).toBe(true);
  });

  it('Escape extends: onExtend is called, the warning closes and focus returns', async () => {
    // user-event waits on real timers between its events: here the fake clock runs along with real time.
    vi.useFakeTimers({ now: start, shouldAdvanceTime: true });
    const onExtend = vi.fn(() => Date.now() + 10 * minute);
    render(
      <>
        <button type="button">Next</button>
        <Warning onExtend={onExtend} />
      </>,
    );
    screen.getByRole('button', { name: 'Next' }).focus();
    advance(5 * minute);
    expect(isOpen()).toBe(true);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.keyboard('{Escape}');
    await flush();
    expect(onExtend).toHaveBeenCalledTimes(1);
    expect(isOpen()).toBe(false);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    // The new expiry holds: no warning until five minutes before it.
    advance(5 * minute - 1000);
    expect(isOpen()).toBe(false);
    advance(1000);
    expect(isOpen()).toBe(true);
  });

  it('can be extended ten times and more, by Continue or Escape, with a promise or a new expiresAt', async () => {
    let expiry = start + 10 * minute;
    const onExtend = vi.fn(async () => (expiry = Date.now() + 10 * minute));
    render(<Warning expiresAt={expiry} onExtend={onExtend} />);
    for (let i = 0; i < 12; i++) {
      advance(expiry - 5 * minute - Date.now());
      expect(isOpen()).toBe(true);
      if (i % 2) fireEvent.keyDown(dialog(), { key: 'Escape' });
      else fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await flush();
      expect(isOpen()).toBe(false);
    }
    expect(onExtend).toHaveBeenCalledTimes(12);

    // Controlled: the app gives the new expiry as the prop instead.
    const { rerender } = render(<Warning expiresAt={start} />);
    expect(document.querySelectorAll('dialog')[1]).toHaveAttribute('open');
    rerender(<Warning expiresAt={Date.now() + 10 * minute} />);
    expect(document.querySelectorAll('dialog')[1]).not.toHaveAttribute('open');
  });

  it('speaks the time left at most once every 15 seconds over the last five minutes; the visible counter is apart', () => {
    const onExpire = vi.fn();
    render(<Warning onExpire={onExpire} signInHref="/sign-in?step=3" />);
    advance(5 * minute);
    const changes: { at: number; text: string }[] = [];
    let last = spoken();
    const counter = () => document.querySelector('.aukio-time-limit__counter');
    expect(counter()).toHaveAttribute('aria-hidden', 'true');
    let counterChanges = 0;
    let lastCounter = counter()?.textContent;
    for (let s = 0; s < 5 * 60 + 5; s++) {
      advance(1000);
      const now = spoken();
      if (now && now !== last) changes.push({ at: Date.now() - start, text: now });
      last = now;
      if (counter() && counter()?.textContent !== lastCounter) counterChanges++;
      lastCounter = counter()?.textContent;
    }
    const gaps = changes.slice(1).map((c, i) => c.at - changes[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15_000);
    expect(changes.map((c) => c.text)).toEqual([
      'We will sign you out in 4 minutes if you do not continue.',
      'We will sign you out in 3 minutes if you do not continue.',
      'We will sign you out in 2 minutes if you do not continue.',
      'We will sign you out in 1 minute if you do not continue.',
      'We will sign you out in 45 seconds if you do not continue.',
      'We will sign you out in 30 seconds if you do not continue.',
      'We will sign you out in 15 seconds if you do not continue.',
      'The time ran out, so we signed you out.',
    ]);
    // The visible counter ticked every second meanwhile (it is aria-hidden, so none of that was spoken).
    expect(counterChanges).toBeGreaterThan(290);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(dialog()).toHaveAccessibleName('You have been signed out');
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveFocus();
  });

  it('rounds the spoken time up to whole minutes, then to 15-second steps', () => {
    expect(spokenTimeLeft(5 * minute)).toEqual({ unit: 'minutes', count: 5 });
    expect(spokenTimeLeft(4 * minute + 1)).toEqual({ unit: 'minutes', count: 5 });
    expect(spokenTimeLeft(46_000)).toEqual({ unit: 'minutes', count: 1 });
    expect(spokenTimeLeft(45_000)).toEqual({ unit: 'seconds', count: 45 });
    expect(spokenTimeLeft(1)).toEqual({ unit: 'seconds', count: 15 });
    expect(spokenTimeLeft(0)).toBeNull();
  });

  it('keeps the warning open with a message when the extension fails', async () => {
    const onExtend = vi.fn(() => Promise.reject(new Error('offline')));
    render(<Warning onExtend={onExtend} />);
    advance(5 * minute);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await flush();
    expect(isOpen()).toBe(true);
    expect(screen.getByText('We could not give you more time. Try again.')).toBeInTheDocument();
  });

  it('sign-out calls onSignOut, which can keep the form from posting', () => {
    const onSignOut = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(<Warning onSignOut={onSignOut} extendAction="/more-time" />);
    advance(5 * minute);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  it('typing in the page (not loading it) calls onActivity at most once a minute, and its expiry resets the timer', async () => {
    const onActivity = vi.fn(() => Date.now() + 10 * minute);
    render(
      <>
        <label>
          Name <input />
        </label>
        <Warning onActivity={onActivity} />
      </>,
    );
    expect(onActivity).not.toHaveBeenCalled();
    const input = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.keyDown(input, { key: 'a' });
    expect(onActivity).not.toHaveBeenCalled(); // a minute has not passed since the page loaded
    advance(4 * minute);
    fireEvent.keyDown(input, { key: 'b' });
    fireEvent.input(input);
    expect(onActivity).toHaveBeenCalledTimes(1);
    // Without the activity the warning would open at 5 minutes; now it opens 5 minutes before the new expiry.
    advance(2 * minute);
    expect(isOpen()).toBe(false);
    advance(3 * minute);
    expect(isOpen()).toBe(true);
  });

  describe('across tabs', () => {
    const channels = new Set<FakeChannel>();
    class FakeChannel {
      onmessage: ((event: MessageEvent) => void) | null = null;
      constructor(public name: string) {
        channels.add(this);
      }
      postMessage(data: unknown) {
        for (const other of channels) if (other !== this && other.name === this.name) other.onmessage?.({ data } as MessageEvent);
      }
      close() {
        channels.delete(this);
      }
    }
    beforeEach(() => vi.stubGlobal('BroadcastChannel', FakeChannel));
    afterEach(() => vi.unstubAllGlobals());

    it('extending in one tab closes the warning in every tab of the service', async () => {
      render(
        <>
          <Warning channel="service" onExtend={() => Date.now() + 10 * minute} />
          <Warning channel="service" />
          <Warning channel="another-service" />
        </>,
      );
      advance(5 * minute);
      const [one, two, other] = Array.from(document.querySelectorAll('dialog')) as [HTMLDialogElement, HTMLDialogElement, HTMLDialogElement];
      expect([one, two, other].every((d) => d.hasAttribute('open'))).toBe(true);
      fireEvent.click(screen.getAllByRole('button', { name: 'Continue' })[0]!);
      await flush();
      expect(one).not.toHaveAttribute('open');
      expect(two).not.toHaveAttribute('open');
      expect(other).toHaveAttribute('open');
    });
  });

  it('renders a closed dialog with a form that posts, before JavaScript runs', () => {
    const html = renderToString(<Warning extendAction="/more-time" signOutAction="/sign-out" />);
    expect(html).toMatch(/<dialog[^>]*data-expires-at="2026-12-07T10:10:00.000Z"/);
    expect(html).not.toMatch(/<dialog[^>]* open/);
    expect(html).toMatch(/<form [^>]*method="post"/);
    expect(html).toMatch(/<form [^>]*action="\/more-time"/);
    // Read as a browser reads the server's HTML (React 18 and 19 write the attributes in different orders).
    const buttons = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('form button[type="submit"]')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('name'), b.getAttribute('value'), b.getAttribute('formaction')])).toEqual([
      ['Continue', 'intent', 'extend', null],
      ['Sign out', 'intent', 'sign-out', '/sign-out'],
    ]);
  });

  it('has no axe violations open', async () => {
    const { container } = render(<Warning />);
    advance(5 * minute);
    vi.useRealTimers();
    expect(await axe(container)).toHaveNoViolations();
  });
});
