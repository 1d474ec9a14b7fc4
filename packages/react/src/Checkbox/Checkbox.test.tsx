import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Checkbox } from './Checkbox';

describe('Checkbox', () => {
  it('is a native checkbox toggled by its label and by Space', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Checkbox label="Send me a reminder" name="reminder" value="yes" onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Send me a reminder' });
    expect(box).toHaveAttribute('type', 'checkbox');
    expect(box).not.toBeChecked();
    await user.click(screen.getByText('Send me a reminder'));
    expect(box).toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(1);
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
    await user.tab();
    expect(box).not.toHaveFocus();
  });

  it('reads the hint with the checkbox', () => {
    render(<Checkbox label="Weekend care" hint="Saturday and Sunday 8–16" />);
    expect(screen.getByRole('checkbox', { name: 'Weekend care' })).toHaveAccessibleDescription('Saturday and Sunday 8–16');
  });

  it('shows its own error with the translated prefix and aria-invalid', () => {
    render(
      <AukioProvider locale="en">
        <Checkbox label="I accept the terms" required error="Accept the terms to continue" />
      </AukioProvider>,
    );
    const box = screen.getByRole('checkbox', { name: 'I accept the terms' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toBeRequired();
    expect(box).toHaveAccessibleDescription('Error: Accept the terms to continue');
  });

  it('marks a required checkbox in words only when asked', () => {
    const { rerender } = render(<Checkbox label="I accept the terms" required />);
    expect(screen.getByRole('checkbox', { name: 'I accept the terms' })).toBeInTheDocument();
    rerender(<Checkbox label="I accept the terms" required necessityIndicator="required" />);
    expect(screen.getByRole('checkbox', { name: 'I accept the terms (pakollinen)' })).toBeInTheDocument();
  });

  it('supports the indeterminate (mixed) state, set as a DOM property', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Select all" indeterminate />);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all' });
    expect(box.indeterminate).toBe(true);
    expect(box).toBePartiallyChecked();
    await user.click(box);
    // Still indeterminate because the app says so: the prop wins after every render.
    expect(box.checked).toBe(true);
    expect(box.indeterminate).toBe(true);
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [on, setOn] = useState(true);
      return (
        <>
          <Checkbox label="Newsletter" checked={on} onChange={(e) => setOn(e.target.checked)} />
          <p>{on ? 'subscribed' : 'not subscribed'}</p>
        </>
      );
    }
    render(<Controlled />);
    const box = screen.getByRole('checkbox', { name: 'Newsletter' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.getByText('not subscribed')).toBeInTheDocument();
  });

  it('reveals the follow-up question while checked', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Contact me by phone" conditional={<label>Phone number<input /></label>} />);
    const follow = screen.getByText('Phone number').closest('.aukio-checkbox__conditional');
    expect(follow).not.toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Contact me by phone' }));
    expect(follow).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toBeInTheDocument();
  });

  it('keeps follow-up content in the server HTML so it works before JavaScript', () => {
    const html = renderToString(<Checkbox label="By phone" conditional={<p>Follow-up</p>} />);
    expect(html).toContain('Follow-up');
    expect(html).not.toContain('hidden');
  });

  it('forwards ref, name and handlers for form libraries (react-hook-form register)', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    render(<Checkbox ref={ref} label="Terms" name="terms" onChange={onChange} onBlur={onBlur} data-testid="t" />);
    expect(ref.current).toBe(screen.getByTestId('t'));
    expect(ref.current).toHaveAttribute('name', 'terms');
    await user.click(ref.current!);
    await user.tab();
    expect(onChange).toHaveBeenCalled();
    expect(onBlur).toHaveBeenCalled();
  });

  it('warns in development when the label is empty', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Checkbox label="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<Checkbox> has no accessible name'));
    warn.mockRestore();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <Checkbox label="Plain" />
        <Checkbox label="Checked" defaultChecked hint="With a hint" />
        <Checkbox label="Mixed" indeterminate />
        <Checkbox label="Disabled" disabled />
        <Checkbox label="Terms" error="Accept the terms" />
        <Checkbox label="With follow-up" defaultChecked conditional={<p>More</p>} />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a Checkbox needs a label, aria-label or aria-labelledby
export const unlabelled = <Checkbox />;
// @ts-expect-error only one way of naming at a time
export const twoNames = <Checkbox label="Terms" aria-label="Terms" />;
