import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Disclosure } from './Disclosure';

const summary = () => screen.getByText('Why do we ask this?').closest('summary')!;

describe('Disclosure', () => {
  it('is a native details/summary pair, closed by default, that works without JavaScript', () => {
    const { container } = render(<Disclosure summary="Why do we ask this?">We need it for the decision.</Disclosure>);
    const details = container.querySelector('details')!;
    // The summary is the first child of <details>: browsers give it the button role, Enter and Space.
    expect(details.firstElementChild).toBe(summary());
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveAttribute('data-state', 'closed');
    expect(screen.getByText('We need it for the decision.')).not.toBeVisible();
  });

  it('Tab reaches the summary (keyboard focus)', async () => {
    const user = userEvent.setup();
    render(<Disclosure summary="Why do we ask this?">Because.</Disclosure>);
    await user.tab();
    expect(summary()).toHaveFocus();
  });

  it('Enter / Space (the summary activation) shows and hides the content and reports onOpenChange', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <Disclosure summary="Why do we ask this?" onOpenChange={onOpenChange}>
        We need it for the decision.
      </Disclosure>,
    );
    // jsdom does not map keys to the summary's activation (browsers do); the activation itself is a click.
    await user.click(summary());
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(true));
    expect(screen.getByText('We need it for the decision.')).toBeVisible();
    expect(summary().parentElement).toHaveAttribute('data-state', 'open');
    await user.click(summary());
    await waitFor(() => expect(onOpenChange).toHaveBeenLastCalledWith(false));
    expect(screen.getByText('We need it for the decision.')).not.toBeVisible();
  });

  it('opens initially with defaultOpen', () => {
    render(
      <Disclosure summary="Why do we ask this?" defaultOpen>
        Shown.
      </Disclosure>,
    );
    expect(screen.getByText('Shown.')).toBeVisible();
  });

  it('is controlled by open: a parent that keeps it closed keeps it closed', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <Disclosure summary="Why do we ask this?" open={false} onOpenChange={onOpenChange}>
        Hidden.
      </Disclosure>,
    );
    await user.click(summary());
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(true));
    await waitFor(() => expect(summary().parentElement).not.toHaveAttribute('open'));
  });

  it('follows its controlling state', async () => {
    const user = userEvent.setup();
    function Demo() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button onClick={() => setOpen(!open)}>Toggle from outside</button>
          <Disclosure summary="Why do we ask this?" open={open} onOpenChange={setOpen}>
            Content.
          </Disclosure>
        </>
      );
    }
    render(<Demo />);
    await user.click(screen.getByRole('button', { name: 'Toggle from outside' }));
    expect(screen.getByText('Content.')).toBeVisible();
    await user.click(summary());
    await waitFor(() => expect(screen.getByText('Content.')).not.toBeVisible());
  });

  it('has no axe violations closed and open', async () => {
    const { container, rerender } = render(<Disclosure summary="Why do we ask this?">Text.</Disclosure>);
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <Disclosure summary="Why do we ask this?" open>
        Text.
      </Disclosure>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a disclosure needs its summary text
export const unnamed = <Disclosure>Text</Disclosure>;
