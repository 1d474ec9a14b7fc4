import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Popover } from './Popover';

function WithLink(props: { onOpenChange?: (open: boolean) => void; closeButton?: boolean }) {
  return (
    <div>
      <Popover trigger="Aukioloajat" heading="Kirjaston aukioloajat" {...props}>
        <p>Ma–pe 9–20</p>
        <a href="#poikkeukset">Poikkeusaukioloajat</a>
      </Popover>
      <button type="button">Seuraava</button>
    </div>
  );
}

function StaticContent() {
  return (
    <div>
      <Popover trigger="Mikä on asukastunnus?" label="Asukastunnus">
        Asukastunnus on kuusinumeroinen tunnus, jonka saat kirjeellä.
      </Popover>
      <button type="button">Seuraava</button>
    </div>
  );
}

describe('Popover', { timeout: 20_000 }, () => {
  it('wires the trigger to a named non-modal dialog that is closed at first', () => {
    render(<WithLink />);
    const trigger = screen.getByRole('button', { name: 'Aukioloajat' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    const dialog = document.getElementById(trigger.getAttribute('aria-controls')!)!;
    expect(dialog).not.toBeVisible();
    expect(dialog).toHaveAttribute('role', 'dialog');
    expect(dialog).not.toHaveAttribute('aria-modal');
  });

  it('Enter opens it and moves focus to the first focusable element inside', async () => {
    const user = userEvent.setup();
    render(<WithLink />);
    const trigger = screen.getByRole('button', { name: 'Aukioloajat' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('dialog', { name: 'Kirjaston aukioloajat' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Poikkeusaukioloajat' })).toHaveFocus();
  });

  it('Space opens it too, and Space on the trigger again closes it', async () => {
    const user = userEvent.setup();
    render(<StaticContent />);
    const trigger = screen.getByRole('button', { name: 'Mikä on asukastunnus?' });
    trigger.focus();
    await user.keyboard(' ');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    // Nothing focusable inside: focus stays on the trigger.
    expect(trigger).toHaveFocus();
    await user.keyboard(' ');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('Escape closes it and returns focus to the trigger', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<WithLink onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole('button', { name: 'Aukioloajat' }));
    expect(screen.getByRole('link')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aukioloajat' })).toHaveFocus();
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
  });

  it('Escape does not reach an enclosing dialog', async () => {
    const user = userEvent.setup();
    const outer = vi.fn();
    render(
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions
      <div onKeyDown={(e) => e.key === 'Escape' && outer()}>
        <WithLink />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Aukioloajat' }));
    await user.keyboard('{Escape}');
    expect(outer).not.toHaveBeenCalled();
  });

  it('static content is the next Tab stop after the trigger; Shift+Tab goes back to the trigger', async () => {
    const user = userEvent.setup();
    render(<StaticContent />);
    const trigger = screen.getByRole('button', { name: 'Mikä on asukastunnus?' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Asukastunnus' });
    await user.tab();
    expect(dialog).toHaveFocus();
    await user.tab({ shift: true });
    expect(trigger).toHaveFocus();
    expect(dialog).toBeVisible();
  });

  it('Tab moves through the content and out of it, which closes the popover without moving focus back', async () => {
    const user = userEvent.setup();
    render(<WithLink />);
    await user.click(screen.getByRole('button', { name: 'Aukioloajat' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Seuraava' })).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aukioloajat' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on a click outside and stays open on a click inside', async () => {
    const user = userEvent.setup();
    render(<StaticContent />);
    await user.click(screen.getByRole('button', { name: 'Mikä on asukastunnus?' }));
    await new Promise((r) => setTimeout(r, 10));
    await user.click(screen.getByText(/kuusinumeroinen/));
    expect(screen.getByRole('dialog')).toBeVisible();
    await user.click(document.body);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens with a touch tap and does not close on the same tap', async () => {
    const user = userEvent.setup();
    render(<StaticContent />);
    const trigger = screen.getByRole('button', { name: 'Mikä on asukastunnus?' });
    await user.pointer({ keys: '[TouchA]', target: trigger });
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByRole('dialog')).toBeVisible();
    fireEvent.pointerDown(document.body, { pointerType: 'touch' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('has a translated close button when asked', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="sv">
        <WithLink closeButton />
      </AukioProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Aukioloajat' }));
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aukioloajat' })).toHaveFocus();
  });

  it('can be controlled and forwards ref and props to the root', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Popover ref={ref} open label="Ohje" trigger="Ohje" data-testid="root" align="end">
        Sisältö
      </Popover>,
    );
    expect(ref.current).toBe(screen.getByTestId('root'));
    expect(ref.current).toHaveAttribute('data-align', 'end');
    expect(screen.getByRole('dialog', { name: 'Ohje' })).toBeVisible();
  });

  it('renders on the server', () => {
    expect(renderToString(<StaticContent />)).toContain('aria-expanded="false"');
  });

  it('in server HTML the trigger opens the content without JavaScript (popovertarget, popover="auto")', () => {
    const html = renderToString(<StaticContent />);
    const id = /aria-controls="([^"]+)"/.exec(html)![1]!;
    // React 19 writes popoverTarget, React 18 popovertarget: the same attribute to an HTML parser.
    expect(html.toLowerCase()).toContain(`popovertarget="${id.toLowerCase()}"`);
    expect(html).toMatch(new RegExp(`id="${id}"[^>]*popover="auto"|popover="auto"[^>]*id="${id}"`));
    expect(html).not.toMatch(/<div[^>]*role="dialog"[^>]*hidden/);
  });

  it('rendered open on the server, the content shows as it is (no popover attribute to hide it)', () => {
    const html = renderToString(
      <Popover trigger="Ohje" label="Ohje" defaultOpen>
        Sisältö
      </Popover>,
    );
    expect(html).not.toContain('popover=');
    expect(html.toLowerCase()).not.toContain('popovertarget');
  });

  it('once hydrated, the trigger no longer carries popovertarget (the component opens it)', () => {
    render(<StaticContent />);
    expect(screen.getByRole('button', { name: 'Mikä on asukastunnus?' })).not.toHaveAttribute('popovertarget');
  });

  it('has no axe violations closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<WithLink closeButton />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Aukioloajat' }));
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error the popover dialog needs a heading or a label
export const unnamed = <Popover trigger="Ohje">Sisältö</Popover>;
// @ts-expect-error not both
export const twoNames = <Popover trigger="Ohje" heading="Ohje" label="Ohje">Sisältö</Popover>;
