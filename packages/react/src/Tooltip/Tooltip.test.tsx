import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Button } from '../Button';
import { Dialog } from '../Dialog';
import { Tooltip } from './Tooltip';

const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

function Toolbar({ delay = 0 }: { delay?: number }) {
  return (
    <div>
      <button type="button">Ennen</button>
      <Tooltip content="Tallentaa luonnoksen, jota voit jatkaa myöhemmin" delay={delay}>
        <button type="button" aria-label="Tallenna" aria-describedby="extra">
          💾
        </button>
      </Tooltip>
      <span id="extra">Pikanäppäin Ctrl+S</span>
      <button type="button">Jälkeen</button>
    </div>
  );
}

const tooltip = () => screen.getByRole('tooltip', { hidden: true });

describe('Tooltip', { timeout: 20_000 }, () => {
  it('describes the control (keeping its own name and description) even while hidden', () => {
    render(<Toolbar />);
    const button = screen.getByRole('button', { name: 'Tallenna' });
    expect(button).toHaveAccessibleDescription('Pikanäppäin Ctrl+S Tallentaa luonnoksen, jota voit jatkaa myöhemmin');
    expect(button.getAttribute('aria-describedby')).toBe(`extra ${tooltip().id}`);
    expect(tooltip()).not.toBeVisible();
  });

  it('Tab onto the control shows it; Tab away hides it', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    screen.getByRole('button', { name: 'Ennen' }).focus();
    await user.tab();
    await wait(5);
    expect(tooltip()).toBeVisible();
    await user.tab();
    await wait(5);
    expect(tooltip()).not.toBeVisible();
  });

  it('Escape hides it without moving focus', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    const button = screen.getByRole('button', { name: 'Tallenna' });
    await user.tab();
    await user.tab();
    await wait(5);
    expect(button).toHaveFocus();
    expect(tooltip()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(tooltip()).not.toBeVisible();
    expect(button).toHaveFocus();
  });

  it('Escape also hides a tooltip shown by hover', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.hover(screen.getByRole('button', { name: 'Tallenna' }));
    await wait(5);
    expect(tooltip()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(tooltip()).not.toBeVisible();
  });

  it('inside a Dialog, the first Escape hides only the tooltip and the next closes the dialog', async () => {
    const user = userEvent.setup();
    render(
      <Dialog title="Luonnos" trigger={<Button>Avaa</Button>}>
        <Tooltip content="Tallentaa luonnoksen" delay={0}>
          <button type="button">Tallenna</button>
        </Tooltip>
      </Dialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Avaa' }));
    const dialog = screen.getByRole('dialog', { name: 'Luonnos' });
    expect(screen.getByRole('button', { name: 'Tallenna' })).toHaveFocus();
    await wait(5);
    expect(tooltip()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(tooltip()).not.toBeVisible();
    expect(dialog).toHaveAttribute('open');
    await user.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
  });

  it('shows on hover after the delay, stays while the pointer is on the tooltip, hides on leaving', async () => {
    const user = userEvent.setup();
    render(<Toolbar delay={200} />);
    await user.hover(screen.getByRole('button', { name: 'Tallenna' }));
    await wait(50);
    expect(tooltip()).not.toBeVisible();
    await wait(200);
    expect(tooltip()).toBeVisible();
    await user.hover(tooltip());
    await wait(150);
    expect(tooltip()).toBeVisible();
    await user.unhover(tooltip());
    await user.hover(screen.getByRole('button', { name: 'Jälkeen' }));
    await wait(150);
    expect(tooltip()).not.toBeVisible();
  });

  it('does nothing extra on touch: a tap that focuses the control does not show it', async () => {
    render(<Toolbar />);
    const button = screen.getByRole('button', { name: 'Tallenna' });
    fireEvent.pointerEnter(button, { pointerType: 'touch' });
    fireEvent.pointerDown(button, { pointerType: 'touch' });
    button.focus();
    await wait(10);
    expect(tooltip()).not.toBeVisible();
  });

  it('forwards ref and props to the wrapper and keeps the child handlers', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLSpanElement>();
    const onClick = vi.fn();
    render(
      <Tooltip ref={ref} content="Ohje" data-testid="wrap">
        <button type="button" onClick={onClick}>
          Ohje
        </button>
      </Tooltip>,
    );
    expect(ref.current).toBe(screen.getByTestId('wrap'));
    await user.click(screen.getByRole('button', { name: 'Ohje' }));
    expect(onClick).toHaveBeenCalled();
  });

  it('has no axe violations hidden and shown', async () => {
    const user = userEvent.setup();
    const { container } = render(<Toolbar />);
    expect(await axe(container)).toHaveNoViolations();
    await user.hover(screen.getByRole('button', { name: 'Tallenna' }));
    await wait(5);
    expect(tooltip()).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('uncontrolled: defaultOpen shows it from the start, onOpenChange hears each change once', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <div>
        <Tooltip content="Tallentaa luonnoksen" delay={0} defaultOpen onOpenChange={onOpenChange}>
          <button type="button">Tallenna</button>
        </Tooltip>
        <button type="button">Jälkeen</button>
      </div>,
    );
    expect(tooltip()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(tooltip()).not.toBeVisible();
    expect(onOpenChange.mock.calls).toEqual([[false]]);
    await user.hover(screen.getByRole('button', { name: 'Tallenna' }));
    await wait(5);
    expect(tooltip()).toBeVisible();
    // Focus arriving while it already shows changes nothing: no second `true`.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Tallenna' })).toHaveFocus();
    await wait(5);
    expect(onOpenChange.mock.calls).toEqual([[false], [true]]);
  });

  it('controlled: shows and hides only as `open` says, asking through onOpenChange', async () => {
    const user = userEvent.setup();
    const asked: boolean[] = [];
    function Guided() {
      const [open, setOpen] = useState(true);
      return (
        <div>
          <Tooltip
            content="Tallentaa luonnoksen"
            delay={0}
            open={open}
            onOpenChange={(next) => {
              asked.push(next);
              // The guide keeps the tooltip up until its own button is pressed.
              if (next) setOpen(true);
            }}
          >
            <button type="button">Tallenna</button>
          </Tooltip>
          <button type="button" onClick={() => setOpen(false)}>
            Selvä
          </button>
        </div>
      );
    }
    render(<Guided />);
    expect(tooltip()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(asked).toEqual([false]);
    expect(tooltip()).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Selvä' }));
    expect(tooltip()).not.toBeVisible();
    await user.hover(screen.getByRole('button', { name: 'Tallenna' }));
    await wait(5);
    expect(asked).toEqual([false, true]);
    expect(tooltip()).toBeVisible();
  });
});
