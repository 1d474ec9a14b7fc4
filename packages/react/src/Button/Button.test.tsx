import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Button } from './Button';

const Icon = () => (
  <svg viewBox="0 0 10 10">
    <circle cx="5" cy="5" r="4" />
  </svg>
);

describe('Button', () => {
  it('is a button named by its text, activated by click, Enter and Space', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Send application</Button>);
    const button = screen.getByRole('button', { name: 'Send application' });
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    await user.tab();
    await user.tab({ shift: true });
    button.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it('submits its form only when type="submit"', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button>Plain</Button>
        <Button type="submit">Submit</Button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Plain' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('while loading keeps focus, ignores activation and announces the busy state', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onClick = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    const { rerender } = render(
      <AukioProvider locale="en">
        <form onSubmit={onSubmit}>
          <Button type="submit" onClick={onClick}>
            Save
          </Button>
        </form>
      </AukioProvider>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    button.focus();
    rerender(
      <AukioProvider locale="en">
        <form onSubmit={onSubmit}>
          <Button type="submit" onClick={onClick} loading>
            Save
          </Button>
        </form>
      </AukioProvider>,
    );
    expect(button).toHaveFocus();
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    vi.useRealTimers();
  });

  it('names an icon-only button with aria-label and hides the icon', () => {
    render(<Button icon={<Icon />} aria-label="Close" variant="tertiary" />);
    const button = screen.getByRole('button', { name: 'Close' });
    expect(button.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
  });

  it('renders a link styled as a button with asChild', () => {
    render(
      <Button asChild variant="secondary" iconEnd={<Icon />}>
        <a href="/apply">Start now</a>
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Start now' });
    expect(link).toHaveAttribute('href', '/apply');
    expect(link).toHaveClass('aukio-button');
    expect(link).not.toHaveAttribute('type');
  });

  it('warns in development when the rendered button has no name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Button icon={<Icon />} aria-label="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<Button> has no accessible name'));
    warn.mockRestore();
  });

  it('has no axe violations in each variant, size and state', async () => {
    const { container } = render(
      <div>
        {(['primary', 'secondary', 'tertiary', 'danger'] as const).map((v) => (
          <Button key={v} variant={v}>
            {v}
          </Button>
        ))}
        <Button size="small">Small</Button>
        <Button size="large">Large</Button>
        <Button disabled>Disabled</Button>
        <Button loading>Loading</Button>
        <Button iconStart={<Icon />}>With icon</Button>
        <Button icon={<Icon />} aria-label="Menu" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: each line below must be a type error, so an unnamed button cannot be written.
// @ts-expect-error an icon-only button needs aria-label or aria-labelledby
export const unnamedIconButton = <Button icon={<Icon />} />;
// @ts-expect-error a button needs either text children or an icon with a name
export const emptyButton = <Button />;
