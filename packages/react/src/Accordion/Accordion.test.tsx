import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Accordion, type AccordionProps } from './Accordion';

function Faq(props: Partial<AccordionProps>) {
  return (
    <Accordion headingLevel={3} {...props}>
      <Accordion.Item value="who" title="Who can apply?">
        <p>Residents of the area.</p>
        <a href="#rules">Rules</a>
      </Accordion.Item>
      <Accordion.Item value="cost" title="What does it cost?">
        <p>60 euros a year.</p>
      </Accordion.Item>
      <Accordion.Item value="when" title="When is it decided?">
        <p>Within two weeks.</p>
      </Accordion.Item>
    </Accordion>
  );
}

const trigger = (name: string) => screen.getByRole('button', { name });

describe('Accordion', () => {
  it('renders each header as a button inside a heading, with aria-expanded and aria-controls', () => {
    render(<Faq defaultValue={['cost']} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Who can apply?' });
    const button = trigger('Who can apply?');
    expect(heading).toContainElement(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    expect(screen.getByRole('region', { name: 'What does it cost?' })).toHaveTextContent('60 euros');
  });

  it('Enter toggles the focused section', async () => {
    const user = userEvent.setup();
    render(<Faq />);
    trigger('Who can apply?').focus();
    await user.keyboard('{Enter}');
    expect(trigger('Who can apply?')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Residents of the area.')).toBeVisible();
    await user.keyboard('{Enter}');
    expect(trigger('Who can apply?')).toHaveAttribute('aria-expanded', 'false');
  });

  it('Space toggles the focused section', async () => {
    const user = userEvent.setup();
    render(<Faq />);
    trigger('What does it cost?').focus();
    await user.keyboard(' ');
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('Tab and Shift+Tab move through headers and the focusable content of open panels', async () => {
    const user = userEvent.setup();
    render(<Faq defaultValue={['who']} />);
    await user.tab();
    expect(trigger('Who can apply?')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Rules' })).toHaveFocus();
    await user.tab();
    expect(trigger('What does it cost?')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('link', { name: 'Rules' })).toHaveFocus();
  });

  it('Down Arrow moves to the next header and wraps from the last to the first', async () => {
    const user = userEvent.setup();
    render(<Faq />);
    trigger('What does it cost?').focus();
    await user.keyboard('{ArrowDown}');
    expect(trigger('When is it decided?')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(trigger('Who can apply?')).toHaveFocus();
  });

  it('Up Arrow moves to the previous header and wraps from the first to the last', async () => {
    const user = userEvent.setup();
    render(<Faq />);
    trigger('What does it cost?').focus();
    await user.keyboard('{ArrowUp}');
    expect(trigger('Who can apply?')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(trigger('When is it decided?')).toHaveFocus();
  });

  it('Home and End move to the first and last header', async () => {
    const user = userEvent.setup();
    render(<Faq />);
    trigger('What does it cost?').focus();
    await user.keyboard('{End}');
    expect(trigger('When is it decided?')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(trigger('Who can apply?')).toHaveFocus();
  });

  it('type="single" keeps one section open; multiple keeps several', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { unmount } = render(<Faq type="single" onValueChange={onValueChange} />);
    await user.click(trigger('Who can apply?'));
    await user.click(trigger('What does it cost?'));
    expect(onValueChange).toHaveBeenLastCalledWith(['cost']);
    expect(trigger('Who can apply?')).toHaveAttribute('aria-expanded', 'false');
    unmount();
    render(<Faq />);
    await user.click(trigger('Who can apply?'));
    await user.click(trigger('What does it cost?'));
    expect(trigger('Who can apply?')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('is controlled by value', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Faq value={['when']} onValueChange={onValueChange} />);
    await user.click(trigger('When is it decided?'));
    expect(onValueChange).toHaveBeenCalledWith([]);
    expect(trigger('When is it decided?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('a disabled item is focusable but does not toggle', async () => {
    const user = userEvent.setup();
    render(
      <Accordion headingLevel={2}>
        <Accordion.Item value="a" title="Closed topic" disabled>
          Text
        </Accordion.Item>
      </Accordion>,
    );
    await user.click(trigger('Closed topic'));
    expect(trigger('Closed topic')).toHaveAttribute('aria-expanded', 'false');
    expect(trigger('Closed topic')).toHaveAttribute('aria-disabled', 'true');
  });

  it('drops the region role when there are many panels, or when regions={false}', () => {
    render(
      <Accordion headingLevel={2}>
        {Array.from({ length: 7 }, (_, i) => (
          <Accordion.Item key={i} value={String(i)} title={`Topic ${i}`}>
            Text {i}
          </Accordion.Item>
        ))}
      </Accordion>,
    );
    expect(screen.queryAllByRole('region', { hidden: true })).toHaveLength(0);
  });

  it('uses hidden="until-found" where supported and opens on beforematch', () => {
    Object.defineProperty(document.body, 'onbeforematch', { value: null, configurable: true });
    try {
      render(<Faq />);
      const panel = document.getElementById(trigger('Who can apply?').getAttribute('aria-controls')!)!;
      expect(panel).toHaveAttribute('hidden', 'until-found');
      fireEvent(panel, new Event('beforematch'));
      expect(trigger('Who can apply?')).toHaveAttribute('aria-expanded', 'true');
      expect(panel).not.toHaveAttribute('hidden');
    } finally {
      delete (document.body as unknown as Record<string, unknown>).onbeforematch;
    }
  });

  it('has no axe violations closed and open', async () => {
    const { container, rerender } = render(<Faq />);
    expect(await axe(container)).toHaveNoViolations();
    rerender(<Faq value={['who', 'cost', 'when']} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error the heading level must be chosen
export const noLevel = <Accordion>{null}</Accordion>;
