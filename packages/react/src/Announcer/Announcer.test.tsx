import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { announce } from '../internal/announcer';
import { Announcer, useAnnounce } from './Announcer';

afterEach(() => {
  vi.useRealTimers();
  for (const el of Array.from(document.querySelectorAll('[id^="aukio-announcer-"]'))) el.remove();
});

function SaveButton() {
  const say = useAnnounce();
  return (
    <>
      <button type="button" onClick={() => say('Luonnos tallennettu')}>
        Tallenna
      </button>
      <button type="button" onClick={() => say('Yhteys katkesi', 'assertive')}>
        Katkaise
      </button>
    </>
  );
}

/** An open <dialog> that counts as modal: jsdom has no top layer, so `:modal` answers the way Chromium does. */
function openModalDialog() {
  const dialog = document.createElement('dialog');
  dialog.setAttribute('open', '');
  document.body.append(dialog);
  const matches = Element.prototype.matches;
  const spy = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
    return selector === ':modal' ? this === dialog : matches.call(this, selector);
  });
  return {
    dialog,
    done: () => {
      spy.mockRestore();
      dialog.remove();
    },
  };
}

describe('Announcer', () => {
  it('inside an open modal dialog writes to a live region in that dialog, not to the inert page regions', () => {
    vi.useFakeTimers();
    render(<Announcer />);
    const { dialog, done } = openModalDialog();
    try {
      announce('2 tulosta saatavilla');
      vi.advanceTimersByTime(150);
      expect(dialog.querySelector('[role="status"][aria-live="polite"]')).toHaveTextContent('2 tulosta saatavilla');
      expect(document.getElementById('aukio-announcer-polite')).toHaveTextContent('');
      dialog.remove();
      announce('Tallennettu');
      vi.advanceTimersByTime(150);
      expect(document.getElementById('aukio-announcer-polite')).toHaveTextContent('Tallennettu');
    } finally {
      done();
    }
  });

  it('a message sent from a modal dialog that closes before the text is set lands in a page region that was already there, empty', () => {
    vi.useFakeTimers();
    const { dialog, done } = openModalDialog();
    try {
      // No <Announcer /> on the page: the page's region is made by announce() itself.
      announce('Valittu päivä: perjantaina 15. tammikuuta 2027');
      const page = document.getElementById('aukio-announcer-polite');
      expect(page).toHaveTextContent('');
      dialog.remove();
      vi.advanceTimersByTime(150);
      expect(document.getElementById('aukio-announcer-polite')).toBe(page);
      expect(page).toHaveTextContent('Valittu päivä: perjantaina 15. tammikuuta 2027');
    } finally {
      done();
    }
  });

  it('renders the two regions in server HTML with the ids the announcer uses', () => {
    const html = renderToString(<Announcer />);
    expect(html).toContain('id="aukio-announcer-polite"');
    expect(html).toContain('id="aukio-announcer-assertive"');
    expect(html).toContain('role="status"');
    expect(html).toContain('role="alert"');
  });

  it('useAnnounce writes into the pre-rendered polite region 100 ms after the click, not before', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(
      <>
        <Announcer />
        <SaveButton />
      </>,
    );
    const polite = container.querySelector<HTMLElement>('#aukio-announcer-polite')!;
    expect(polite).toHaveAttribute('aria-live', 'polite');
    screen.getByRole('button', { name: 'Tallenna' }).focus();
    await user.keyboard('{Enter}');
    expect(polite).toHaveTextContent('');
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite).toHaveTextContent('Luonnos tallennettu');
    expect(document.querySelectorAll('#aukio-announcer-polite')).toHaveLength(1);
  });

  it('sends assertive messages to the alert region', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(
      <>
        <Announcer />
        <SaveButton />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Katkaise' }));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(container.querySelector('#aukio-announcer-assertive')).toHaveTextContent('Yhteys katkesi');
    expect(container.querySelector('#aukio-announcer-polite')).toHaveTextContent('');
  });

  it('takes over a region made on the fly before it mounted, and the pending message lands in it', async () => {
    vi.useFakeTimers();
    announce('Ennen');
    expect(document.querySelectorAll('#aukio-announcer-polite')).toHaveLength(1);
    const { container } = render(<Announcer />);
    expect(document.querySelectorAll('#aukio-announcer-polite')).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(container.querySelector('#aukio-announcer-polite')).toHaveTextContent('Ennen');
  });

  it('warns in development when rendered twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <Announcer />
        <Announcer />
      </>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('more than once'));
    warn.mockRestore();
  });

  it('has no axe violations, empty and with a message', async () => {
    const { container } = render(<Announcer />);
    expect(await axe(container)).toHaveNoViolations();
    announce('Viesti');
    await waitFor(() => expect(container.querySelector('#aukio-announcer-polite')).toHaveTextContent('Viesti'));
    expect(await axe(container)).toHaveNoViolations();
  });
});
