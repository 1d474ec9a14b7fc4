import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Button } from '../Button';
import { AukioProvider } from '../i18n';
import { AlertDialog } from './AlertDialog';

function Delete(props: { onConfirm?: () => void | Promise<unknown>; onCancel?: () => void }) {
  return (
    <AlertDialog
      title="Delete application?"
      description="This cannot be undone."
      confirmLabel="Delete"
      trigger={<Button variant="danger">Delete application</Button>}
      onConfirm={props.onConfirm ?? (() => {})}
      onCancel={props.onCancel}
    />
  );
}

// The modal <dialog> element (the alertdialog role is on the buttons' row inside it, see AlertDialog.tsx).
const dialog = () => screen.getByRole('alertdialog', { hidden: true }).closest('dialog');

describe('AlertDialog', () => {
  it('is an alertdialog named by its title and described by its description', async () => {
    const user = userEvent.setup();
    render(<Delete />);
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    const el = screen.getByRole('alertdialog');
    expect(el).toHaveAccessibleName('Delete application?');
    expect(el).toHaveAccessibleDescription('This cannot be undone.');
    expect(el.closest('dialog')).toHaveAttribute('open');
    // The message is the alert's description only, so it is not read once more for the <dialog>.
    expect(el.closest('dialog')).not.toHaveAttribute('aria-describedby');
    expect(el.closest('dialog')).toHaveAccessibleName('Delete application?');
  });

  it('puts initial focus on the safe action, the translated Cancel', async () => {
    const user = userEvent.setup();
    render(<Delete />);
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    expect(screen.getByRole('button', { name: 'Peruuta' })).toHaveFocus();
  });

  it('Tab and Shift+Tab cycle between the two buttons', async () => {
    const user = userEvent.setup();
    render(<Delete />);
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });

  it('Escape cancels, calls onCancel and returns focus to the trigger', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<Delete onCancel={onCancel} />);
    const trigger = screen.getByRole('button', { name: 'Delete application' });
    await user.click(trigger);
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(dialog()).not.toHaveAttribute('open');
    expect(trigger).toHaveFocus();
  });

  it('Enter on Cancel closes without confirming', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Delete onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(dialog()).not.toHaveAttribute('open');
  });

  it('confirms and closes; an async confirm shows loading and closes when it resolves', async () => {
    const user = userEvent.setup();
    let resolve = () => {};
    const onConfirm = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    render(<Delete onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    const confirm = screen.getByRole('button', { name: 'Delete' });
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    expect(dialog()).toHaveAttribute('open');
    await act(async () => resolve());
    expect(dialog()).not.toHaveAttribute('open');
  });

  it('stays open when an async confirm fails', async () => {
    const user = userEvent.setup();
    render(<Delete onConfirm={() => Promise.reject(new Error('network'))} />);
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(dialog()).toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Delete' })).not.toHaveAttribute('aria-disabled');
  });

  it('translates the default cancel label', async () => {
    render(
      <AukioProvider locale="sv">
        <AlertDialog title="Radera?" confirmLabel="Radera" onConfirm={() => {}} defaultOpen />
      </AukioProvider>,
    );
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
  });

  it('has no axe violations closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Delete />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error the confirm button needs a label
export const unlabelled = <AlertDialog title="Delete?" onConfirm={() => {}} />;
