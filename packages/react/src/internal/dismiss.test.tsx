import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState, type KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useDismiss, type DismissOptions, type DismissReason } from './dismiss';

/** A root with a button inside, an outer element that also listens for keys, and a button outside. */
function Harness(props: {
  onDismiss: (reason: DismissReason) => void;
  onOuterKey?: () => void;
  onOwnKey?: (event: KeyboardEvent<HTMLElement>) => void;
  options?: DismissOptions;
}) {
  const [open, setOpen] = useState(true);
  const root = useRef<HTMLDialogElement>(null);
  const dismiss = useDismiss(
    open,
    root,
    (reason) => {
      props.onDismiss(reason);
      setOpen(false);
    },
    // The app's own key handler goes in through the options and runs first.
    { ...props.options, onKeyDown: props.onOwnKey },
  );
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div onKeyDown={props.onOuterKey}>
      <button type="button">Outside</button>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <dialog
        ref={root}
        open
        aria-label="Root"
        data-open={open}
        onKeyDown={dismiss.onKeyDown}
        onBlur={dismiss.onBlur}
        onCancel={dismiss.onCancel}
      >
        <button type="button">Inside</button>
      </dialog>
    </div>
  );
}

describe('useDismiss', () => {
  it('Escape inside dismisses once, and an enclosing element does not hear the same press', async () => {
    const onDismiss = vi.fn();
    const onOuterKey = vi.fn();
    render(<Harness onDismiss={onDismiss} onOuterKey={onOuterKey} />);
    screen.getByRole('button', { name: 'Inside' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledWith('escape');
    expect(onOuterKey).not.toHaveBeenCalled();
    // Closed now: the next Escape reaches the enclosing element as usual.
    await userEvent.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onOuterKey).toHaveBeenCalledTimes(1);
  });

  it("lets the app's own handler claim Escape first", async () => {
    const onDismiss = vi.fn();
    render(<Harness onDismiss={onDismiss} onOwnKey={(event) => event.preventDefault()} />);
    screen.getByRole('button', { name: 'Inside' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it("a native dialog's cancel event dismisses with reason escape and is prevented (the component closes it)", () => {
    const onDismiss = vi.fn();
    render(<Harness onDismiss={onDismiss} options={{ outsidePointer: false, focusOut: false }} />);
    const dialog = screen.getByRole('dialog', { name: 'Root' });
    const cancel = new Event('cancel', { cancelable: true });
    act(() => {
      dialog.dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(onDismiss).toHaveBeenCalledWith('escape');
  });

  it('with escape: false, neither the key nor the cancel event dismisses', async () => {
    const onDismiss = vi.fn();
    render(<Harness onDismiss={onDismiss} options={{ escape: false }} />);
    screen.getByRole('button', { name: 'Inside' }).focus();
    await userEvent.keyboard('{Escape}');
    const cancel = new Event('cancel', { cancelable: true });
    act(() => {
      screen.getByRole('dialog', { name: 'Root' }).dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('a press outside dismisses, but not the one during opening; focus leaving dismisses; both can be turned off', async () => {
    const onDismiss = vi.fn();
    const { unmount } = render(<Harness onDismiss={onDismiss} />);
    // The listener is added a moment after opening: a press in the same task is the opening press.
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Outside' }));
    expect(onDismiss).not.toHaveBeenCalled();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Inside' }));
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Outside' }));
    expect(onDismiss).toHaveBeenCalledWith('outside-pointer');
    unmount();

    onDismiss.mockClear();
    const second = render(<Harness onDismiss={onDismiss} />);
    fireEvent.blur(screen.getByRole('button', { name: 'Inside' }), { relatedTarget: screen.getByRole('button', { name: 'Outside' }) });
    expect(onDismiss).toHaveBeenCalledWith('focus-out');
    second.unmount();

    onDismiss.mockClear();
    render(<Harness onDismiss={onDismiss} options={{ outsidePointer: false, focusOut: false }} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Outside' }));
    fireEvent.blur(screen.getByRole('button', { name: 'Inside' }), { relatedTarget: screen.getByRole('button', { name: 'Outside' }) });
    expect(onDismiss).not.toHaveBeenCalled();
  });
});
