import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { ToastProvider, useToast, type ToastOptions } from './Toast';

const polite = () => document.getElementById('aukio-announcer-polite');
const assertive = () => document.getElementById('aukio-announcer-assertive');

function Trigger({ toasts }: { toasts: ToastOptions[] }) {
  const toast = useToast();
  return (
    <button type="button" onClick={() => toasts.forEach((t) => toast.show(t))}>
      Show
    </button>
  );
}

function setup(toasts: ToastOptions[], { locale = 'en' as const, max = 3 } = {}) {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const utils = render(
    <AukioProvider locale={locale}>
      <ToastProvider max={max}>
        <Trigger toasts={toasts} />
      </ToastProvider>
    </AukioProvider>,
  );
  return { user, ...utils, trigger: screen.getByRole('button', { name: 'Show' }) };
}

const region = () => screen.queryByRole('region', { name: 'Notifications' });
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('Toast', () => {
  it('shows the toast in a labelled region and announces it politely 100 ms later', async () => {
    const { user, trigger } = setup([{ type: 'success', title: 'Saved', message: 'Your draft is saved.' }]);
    expect(region()).toBeNull();
    await user.click(trigger);
    expect(region()).toHaveAttribute('aria-keyshortcuts', 'F8');
    expect(within(region()!).getByText('Your draft is saved.')).toBeVisible();
    expect(polite()).toHaveTextContent('');
    await advance(100);
    expect(polite()).toHaveTextContent('Success. Saved. Your draft is saved.');
  });

  it('closes itself after 8 seconds, not before', async () => {
    const { user, trigger } = setup([{ message: 'Copied' }]);
    await user.click(trigger);
    await advance(7900);
    expect(screen.getByText('Copied')).toBeInTheDocument();
    await advance(200);
    expect(screen.queryByText('Copied')).toBeNull();
  });

  it('pauses the time while hovered', async () => {
    const { user, trigger } = setup([{ message: 'Copied', duration: 5000 }]);
    await user.click(trigger);
    await advance(3000);
    await user.hover(screen.getByText('Copied'));
    await advance(20000);
    expect(screen.getByText('Copied')).toBeInTheDocument();
    await user.unhover(screen.getByText('Copied'));
    await advance(1900);
    expect(screen.getByText('Copied')).toBeInTheDocument();
    await advance(200);
    expect(screen.queryByText('Copied')).toBeNull();
  });

  it('pauses while focus is inside (F8) and Escape returns focus', async () => {
    const { user, trigger } = setup([{ message: 'Copied', duration: 5000 }]);
    trigger.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{F8}');
    expect(region()).toHaveFocus();
    await advance(20000);
    expect(screen.getByText('Copied')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(trigger).toHaveFocus();
    await advance(5100);
    expect(screen.queryByText('Copied')).toBeNull();
  });

  it('errors never close themselves and are announced assertively', async () => {
    const { user, trigger } = setup([{ type: 'error', message: 'Sending failed', duration: 1000 }]);
    await user.click(trigger);
    await advance(100);
    expect(assertive()).toHaveTextContent('Error. Sending failed');
    expect(polite()?.textContent ?? '').toBe('');
    await advance(60000);
    expect(screen.getByText('Sending failed')).toBeInTheDocument();
  });

  it('queues beyond the maximum and announces a queued toast when it comes on screen', async () => {
    const { user, trigger } = setup(
      [
        { message: 'One', duration: null },
        { message: 'Two', duration: null },
        { message: 'Three', duration: 10000 },
      ],
      { max: 2 },
    );
    await user.click(trigger);
    await advance(100);
    expect(polite()).toHaveTextContent('Information. One. Information. Two');
    expect(screen.queryByText('Three')).toBeNull();
    await user.click(within(region()!).getAllByRole('button', { name: 'Close notification' })[0]!);
    expect(screen.queryByText('One')).toBeNull();
    expect(screen.getByText('Three')).toBeInTheDocument();
    await advance(100);
    expect(polite()).toHaveTextContent('Information. Three');
  });

  it('closes with Enter on the close button; focus goes to the next toast, then back to the page', async () => {
    const { user, trigger } = setup([
      { message: 'One', duration: null },
      { message: 'Two', duration: null },
    ]);
    trigger.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{F8}');
    await user.tab();
    const [first, second] = within(region()!).getAllByRole('button', { name: 'Close notification' });
    expect(first!).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('One')).toBeNull();
    expect(second!).toHaveFocus();
    await user.keyboard(' ');
    expect(region()).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('F8 does nothing without toasts', async () => {
    const { user, trigger } = setup([]);
    trigger.focus();
    await user.keyboard('{F8}');
    expect(trigger).toHaveFocus();
  });

  it('speaks Finnish and Swedish', async () => {
    const fi = setup([{ type: 'warning', message: 'Istunto päättyy' }], { locale: 'fi' as never });
    await fi.user.click(fi.trigger);
    expect(screen.getByRole('region', { name: 'Ilmoitukset' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sulje ilmoitus' })).toBeInTheDocument();
    await advance(100);
    expect(assertive()?.textContent ?? '').toBe('');
    expect(polite()).toHaveTextContent('Varoitus. Istunto päättyy');
    fi.unmount();
    const sv = setup([{ message: 'Sparat' }], { locale: 'sv' as never });
    await sv.user.click(sv.trigger);
    expect(screen.getByRole('region', { name: 'Aviseringar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stäng meddelandet' })).toBeInTheDocument();
  });

  it('useToast outside a provider throws a clear error', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Trigger toasts={[]} />)).toThrow(/ToastProvider/);
    err.mockRestore();
  });

  it('has no axe violations with every type on screen', async () => {
    const { user, trigger, container } = setup([
      { type: 'info', message: 'Info', title: 'Title' },
      { type: 'success', message: 'Success' },
      { type: 'warning', message: 'Warning' },
      { type: 'error', message: 'Error' },
    ], { max: 4 });
    await user.click(trigger);
    vi.useRealTimers();
    expect(await axe(container)).toHaveNoViolations();
  });
});
