import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Toggletip } from './Toggletip';

const text = 'Löydät asiakasnumeron laskun oikeasta yläkulmasta.';

function Field() {
  return (
    <p>
      Asiakasnumero <Toggletip label="asiakasnumero">{text}</Toggletip> <button type="button">Seuraava</button>
    </p>
  );
}

describe('Toggletip', { timeout: 20_000 }, () => {
  it('has a translated name, with the topic when given, and an empty status region when closed', () => {
    render(
      <div>
        <Toggletip>{text}</Toggletip>
        <Toggletip label="asiakasnumero">{text}</Toggletip>
        <Toggletip aria-label="Ohje asiakasnumeroon">{text}</Toggletip>
      </div>,
    );
    expect(screen.getByRole('button', { name: 'Lisätietoa' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Lisätietoa: asiakasnumero' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ohje asiakasnumeroon' })).toBeInTheDocument();
    for (const status of screen.getAllByRole('status')) expect(status).toBeEmptyDOMElement();
  });

  it('speaks Swedish and English', () => {
    render(
      <>
        <AukioProvider locale="sv">
          <Toggletip label="kundnummer">{text}</Toggletip>
        </AukioProvider>
        <AukioProvider locale="en">
          <Toggletip>{text}</Toggletip>
        </AukioProvider>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Mer information: kundnummer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'More information' })).toBeInTheDocument();
  });

  it('click renders the text into the live region, and a second click closes it', async () => {
    const user = userEvent.setup();
    render(<Field />);
    const button = screen.getByRole('button', { name: 'Lisätietoa: asiakasnumero' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toBe(screen.getByRole('status'));
    await user.click(button);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('Enter toggles it', async () => {
    const user = userEvent.setup();
    render(<Field />);
    screen.getByRole('button', { name: /Lisätietoa/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(text);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('Space toggles it', async () => {
    const user = userEvent.setup();
    render(<Field />);
    screen.getByRole('button', { name: /Lisätietoa/ }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent(text);
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('Escape closes it, keeps focus on the button and does not reach an enclosing dialog', async () => {
    const user = userEvent.setup();
    const outer = vi.fn();
    render(
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions
      <div onKeyDown={(e) => e.key === 'Escape' && outer()}>
        <Field />
      </div>,
    );
    const button = screen.getByRole('button', { name: /Lisätietoa/ });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(button).toHaveFocus();
    expect(outer).not.toHaveBeenCalled();
  });

  it('Tab moves on and closes it', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.click(screen.getByRole('button', { name: /Lisätietoa/ }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Seuraava' })).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('opens with a touch tap, and a tap outside closes it', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button', { name: /Lisätietoa/ }) });
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByRole('status')).toHaveTextContent(text);
    fireEvent.pointerDown(document.body, { pointerType: 'touch' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('forwards ref and props to the root', () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <Toggletip ref={ref} data-testid="tip" icon="help" align="end">
        {text}
      </Toggletip>,
    );
    expect(ref.current).toBe(screen.getByTestId('tip'));
    expect(ref.current).toHaveAttribute('data-align', 'end');
  });

  it('has no axe violations closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Field />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: /Lisätietoa/ }));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('in server HTML the text is there and the button opens it without JavaScript (popovertarget, popover="auto")', () => {
    const html = renderToString(<Toggletip label="asiakasnumero">{text}</Toggletip>);
    const bubble = /<span id="([^"]+)"[^>]*popover="auto"[^>]*>([^<]*)</.exec(html);
    expect(bubble?.[2]).toBe(text);
    expect(html.toLowerCase()).toContain(`popovertarget="${bubble![1]!.toLowerCase()}"`);
  });

  it('once hydrated the text is only in the status region while open', async () => {
    const user = userEvent.setup();
    render(<Toggletip label="asiakasnumero">{text}</Toggletip>);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: /Lisätietoa/ }));
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });

  it('uncontrolled: defaultOpen shows the bubble from the start, onOpenChange hears each change', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <Toggletip label="asiakasnumero" defaultOpen onOpenChange={onOpenChange}>
        {text}
      </Toggletip>,
    );
    const button = screen.getByRole('button', { name: 'Lisätietoa: asiakasnumero' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(text);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(onOpenChange.mock.calls).toEqual([[false], [true]]);
  });

  it('controlled: the bubble follows `open`, and the button and Escape ask through onOpenChange', async () => {
    const user = userEvent.setup();
    const asked: boolean[] = [];
    function Help() {
      const [open, setOpen] = useState(false);
      return (
        <p>
          Asiakasnumero{' '}
          <Toggletip
            label="asiakasnumero"
            open={open}
            onOpenChange={(next) => {
              asked.push(next);
              setOpen(next);
            }}
          >
            {text}
          </Toggletip>{' '}
          <button type="button" onClick={() => setOpen(true)}>
            Näytä ohje
          </button>
        </p>
      );
    }
    render(<Help />);
    const button = screen.getByRole('button', { name: 'Lisätietoa: asiakasnumero' });
    await user.click(screen.getByRole('button', { name: 'Näytä ohje' }));
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(asked).toEqual([]);
    button.focus();
    await user.keyboard('{Escape}');
    expect(asked).toEqual([false]);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.keyboard('{Enter}');
    expect(asked).toEqual([false, true]);
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });
});
