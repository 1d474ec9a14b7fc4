import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { ActionMenu } from './ActionMenu';

function Menu({ onEdit = () => {}, onDelete = () => {} }: { onEdit?: () => void; onDelete?: () => void }) {
  return (
    <>
      <ActionMenu label="Actions">
        <ActionMenu.Item onSelect={onEdit}>Edit</ActionMenu.Item>
        <ActionMenu.Item onSelect={() => {}}>Copy</ActionMenu.Item>
        <ActionMenu.Item onSelect={() => {}} disabled>
          Archive
        </ActionMenu.Item>
        <ActionMenu.Item onSelect={onDelete}>Delete</ActionMenu.Item>
      </ActionMenu>
      <a href="#next">Next</a>
    </>
  );
}

const menuButton = () => screen.getByRole('button', { name: 'Actions' });
const item = (name: string) => screen.getByRole('menuitem', { name });

describe('ActionMenu', () => {
  it('is a menu button: aria-haspopup, aria-expanded and aria-controls pointing at a labelled menu', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    const button = menuButton();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(button);
    const menu = screen.getByRole('menu', { name: 'Actions' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('menuitem')).toHaveLength(4);
    expect(item('Archive')).toHaveAttribute('aria-disabled', 'true');
  });

  it('Enter on the button opens the menu and focuses the first item', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{Enter}');
    expect(item('Edit')).toHaveFocus();
  });

  it('Space on the button opens the menu and focuses the first item', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard(' ');
    expect(item('Edit')).toHaveFocus();
  });

  it('Down Arrow on the button opens the menu and focuses the first item', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}');
    expect(item('Edit')).toHaveFocus();
  });

  it('Up Arrow on the button opens the menu and focuses the last item', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowUp}');
    expect(item('Delete')).toHaveFocus();
  });

  it('Down Arrow moves to the next item (disabled ones included) and wraps', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(item('Archive')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(item('Edit')).toHaveFocus();
  });

  it('Up Arrow moves to the previous item and wraps', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Archive')).toHaveFocus();
  });

  it('Home and End move to the first and last item', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}{End}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Edit')).toHaveFocus();
  });

  it('Enter on an item runs it, closes the menu and returns focus to the button', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    render(<Menu onEdit={onEdit} />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(menuButton()).toHaveFocus();
  });

  it('Space on an item runs it and closes the menu', async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    render(<Menu onDelete={onDelete} />);
    menuButton().focus();
    await user.keyboard('{ArrowUp} ');
    expect(onDelete).toHaveBeenCalledTimes(1);
    expect(menuButton()).toHaveFocus();
  });

  it('a disabled item is focusable but does nothing', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(menuButton());
    await user.click(item('Archive'));
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('Escape closes the menu and returns focus to the button', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}{Escape}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
  });

  it('Tab closes the menu and moves on to the next element', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next' })).toHaveFocus();
  });

  it('typing a character moves to the next item starting with it; several characters match a prefix', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    menuButton().focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('d');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{Home}');
    await user.keyboard('c');
    expect(item('Copy')).toHaveFocus();
    await user.keyboard('{Home}');
    await user.keyboard('ar');
    expect(item('Archive')).toHaveFocus();
  });

  it('a press outside closes it; the press that opened it does not', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    fireEvent.pointerDown(menuButton(), { pointerType: 'touch' });
    await user.pointer({ keys: '[TouchA]', target: menuButton() });
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('focus moved out of the menu by other means closes it and stays where it was moved', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(menuButton());
    expect(item('Edit')).toHaveFocus();
    const next = screen.getByRole('link', { name: 'Next' });
    act(() => next.focus());
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(next).toHaveFocus();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('a click on the open button closes the menu', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    await user.click(menuButton());
    await user.click(menuButton());
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('with no items focuses the menu itself, and Escape closes it', async () => {
    const user = userEvent.setup();
    render(<ActionMenu label="Empty">{null}</ActionMenu>);
    await user.click(screen.getByRole('button', { name: 'Empty' }));
    expect(screen.getByRole('menu')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Empty' })).toHaveFocus();
  });

  it('warns in development when the menu button has no name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ActionMenu label="">{null}</ActionMenu>);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<ActionMenu> has no accessible name'));
    warn.mockRestore();
  });

  it('has no axe violations closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Menu />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(menuButton());
    expect(await axe(container)).toHaveNoViolations();
  });

  it('uncontrolled: defaultOpen shows the menu without taking focus; the keys still move into it', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <>
        <button type="button">Before</button>
        <ActionMenu label="Actions" defaultOpen onOpenChange={onOpenChange}>
          <ActionMenu.Item onSelect={() => {}}>Edit</ActionMenu.Item>
          <ActionMenu.Item onSelect={() => {}}>Delete</ActionMenu.Item>
        </ActionMenu>
      </>,
    );
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu')).toBeVisible();
    expect(document.body).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(menuButton()).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onOpenChange.mock.calls).toEqual([[false]]);
    await user.keyboard('{ArrowDown}');
    expect(item('Edit')).toHaveFocus();
    expect(onOpenChange.mock.calls).toEqual([[false], [true]]);
  });

  it('controlled: the menu follows `open`, focus moves into it when the app opens it, and closing is asked for', async () => {
    const user = userEvent.setup();
    const asked: boolean[] = [];
    function Row() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <ActionMenu
            label="Actions"
            open={open}
            onOpenChange={(next) => {
              asked.push(next);
              setOpen(next);
            }}
          >
            <ActionMenu.Item onSelect={() => {}}>Edit</ActionMenu.Item>
            <ActionMenu.Item onSelect={() => {}}>Delete</ActionMenu.Item>
          </ActionMenu>
          <button type="button" onClick={() => setOpen(true)}>
            More actions
          </button>
        </>
      );
    }
    render(<Row />);
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(item('Edit')).toHaveFocus();
    expect(asked).toEqual([]);
    await user.keyboard('{Escape}');
    expect(asked).toEqual([false]);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(menuButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(asked).toEqual([false, true]);
    expect(item('Edit')).toHaveFocus();
  });
});


// @ts-expect-error the menu button needs a label
export const unlabelled = <ActionMenu>{null}</ActionMenu>;
