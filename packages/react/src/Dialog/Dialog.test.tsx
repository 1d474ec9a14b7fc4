import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Button } from '../Button';
import { AukioProvider } from '../i18n';
import { Dialog } from './Dialog';

function Form({ onOpenChange }: { onOpenChange?: (open: boolean) => void }) {
  return (
    <>
      <Button>Before</Button>
      <Dialog
        title="Edit address"
        description="Changes apply from tomorrow."
        trigger={<Button>Open</Button>}
        onOpenChange={onOpenChange}
      >
        <label>
          Street <input />
        </label>
        <Dialog.Actions>
          <Button>Save</Button>
          <Dialog.Close>Cancel</Dialog.Close>
        </Dialog.Actions>
      </Dialog>
    </>
  );
}

const dialog = () => screen.getByRole('dialog', { hidden: true });

describe('Dialog', () => {
  it('opens from its trigger, named by the title and described by the description', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Form onOpenChange={onOpenChange} />);
    expect(dialog()).not.toHaveAttribute('open');
    expect(dialog()).toHaveAttribute('data-state', 'closed');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Edit address');
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription('Changes apply from tomorrow.');
    expect(dialog()).toHaveAttribute('data-state', 'open');
    expect(screen.getByRole('heading', { level: 2, name: 'Edit address' })).toBeInTheDocument();
  });

  it('on open moves focus to the first focusable element of the content', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('textbox', { name: 'Street' })).toHaveFocus();
  });

  it('Tab moves to the next focusable element and wraps from the last to the first', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Sulje' })).toHaveFocus();
  });

  it('Shift+Tab moves to the previous focusable element and wraps from the first to the last', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Sulje' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('Escape closes, calls onOpenChange(false) once and returns focus to the trigger', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Form onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole('button', { name: 'Open' });
    await user.click(trigger);
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(onOpenChange).toHaveBeenCalledTimes(2);
    expect(dialog()).not.toHaveAttribute('open');
    expect(trigger).toHaveFocus();
  });

  it('stays rendered for a moment after closing (so Orca hears focus return); focus entering it meanwhile goes back to the trigger', async () => {
    const user = userEvent.setup();
    render(<Form />);
    const trigger = screen.getByRole('button', { name: 'Open' });
    await user.click(trigger);
    await user.keyboard('{Escape}');
    expect(trigger).toHaveFocus();
    expect(dialog()).toHaveAttribute('data-closing');
    await waitFor(() => expect(dialog()).not.toHaveAttribute('data-closing'));
    await user.click(trigger);
    await user.keyboard('{Escape}');
    // jsdom does not move focus into the closed dialog itself: the focusin a Tab there would cause.
    fireEvent.focusIn(screen.getByRole('textbox', { hidden: true }));
    expect(trigger).toHaveFocus();
    expect(dialog()).not.toHaveAttribute('data-closing');
  });

  it('the translated close button and Dialog.Close close it', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="sv">
        <Form />
      </AukioProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(dialog()).not.toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog()).not.toHaveAttribute('open');
  });

  it('locks page scroll while open', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(document.documentElement).toHaveClass('aukio-scroll-lock');
    // Without showModal() (as here in jsdom) the open attribute is the fallback, marked for its CSS.
    expect(dialog()).toHaveAttribute('data-fallback');
    await user.keyboard('{Escape}');
    expect(document.documentElement).not.toHaveClass('aukio-scroll-lock');
  });

  it('is controlled with open and onOpenChange; initialFocus and returnFocus choose where focus goes', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [open, setOpen] = useState(false);
      const first = useRef<HTMLButtonElement>(null);
      const back = useRef<HTMLAnchorElement>(null);
      return (
        <>
          <a href="#top" ref={back}>
            Top
          </a>
          <Button onClick={() => setOpen(true)}>Show</Button>
          <Dialog title="Terms" open={open} onOpenChange={setOpen} initialFocus={first} returnFocus={back}>
            <input aria-label="Search" />
            <Button ref={first}>Accept</Button>
          </Dialog>
        </>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('link', { name: 'Top' })).toHaveFocus();
  });

  it('stays open on Escape when the controlling parent keeps it open', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <Dialog title="Sticky" open onOpenChange={onOpenChange}>
        <p>Text</p>
      </Dialog>,
    );
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(dialog()).toHaveAttribute('open');
  });

  it('with nothing focusable in the content focuses the title, and Escape still closes', async () => {
    const user = userEvent.setup();
    render(
      <Dialog title="Notice" defaultOpen closeButton={false}>
        <p>Only text.</p>
      </Dialog>,
    );
    expect(screen.getByRole('heading', { name: 'Notice' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('heading', { name: 'Notice' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(dialog()).not.toHaveAttribute('open');
  });

  it('uses showModal() and close() where the browser has them', async () => {
    const user = userEvent.setup();
    const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>;
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    const close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
    proto.showModal = showModal;
    proto.close = close;
    try {
      render(<Form />);
      await user.click(screen.getByRole('button', { name: 'Open' }));
      expect(showModal).toHaveBeenCalledTimes(1);
      await user.keyboard('{Escape}');
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      delete proto.showModal;
      delete proto.close;
    }
  });

  it('renders the title at the given heading level', () => {
    render(<Dialog title="Deep" headingLevel={3} defaultOpen />);
    expect(screen.getByRole('heading', { level: 3, name: 'Deep' })).toBeInTheDocument();
  });

  it('warns in development when the title is empty', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Dialog title="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<Dialog> has an empty title'));
    warn.mockRestore();
  });

  it('has no axe violations closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Form />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a dialog needs a title
export const untitled = <Dialog>text</Dialog>;
