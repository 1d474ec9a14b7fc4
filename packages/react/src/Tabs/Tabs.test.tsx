import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Tabs, type TabsProps } from './Tabs';

function Demo(props: Partial<TabsProps>) {
  return (
    <Tabs defaultValue="info" {...(props as object)}>
      <Tabs.List aria-label="Application">
        <Tabs.Tab value="info">Information</Tabs.Tab>
        <Tabs.Tab value="docs">Documents</Tabs.Tab>
        <Tabs.Tab value="off" disabled>
          Archive
        </Tabs.Tab>
        <Tabs.Tab value="msg">Messages</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="info">
        <p>General information.</p>
      </Tabs.Panel>
      <Tabs.Panel value="docs">
        <a href="#doc">Decision.pdf</a>
      </Tabs.Panel>
      <Tabs.Panel value="off">Old.</Tabs.Panel>
      <Tabs.Panel value="msg">No messages.</Tabs.Panel>
    </Tabs>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('Tabs', () => {
  it('wires tablist, tabs and panels with roles, aria-selected, aria-controls and aria-labelledby', () => {
    render(<Demo />);
    expect(screen.getByRole('tablist', { name: 'Application' })).toBeInTheDocument();
    expect(tab('Information')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Documents')).toHaveAttribute('aria-selected', 'false');
    const panel = screen.getByRole('tabpanel', { name: 'Information' });
    expect(tab('Information')).toHaveAttribute('aria-controls', panel.id);
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });

  it('Tab enters the tablist on the selected tab only (roving tabindex), then moves to the panel', async () => {
    const user = userEvent.setup();
    render(<Demo defaultValue="docs" />);
    expect(tab('Information')).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(tab('Documents')).toHaveFocus();
    await user.tab();
    // The documents panel has a link, so the panel itself is not a tab stop.
    expect(screen.getByRole('link', { name: 'Decision.pdf' })).toHaveFocus();
  });

  it('a panel without focusable content is itself a tab stop', async () => {
    const user = userEvent.setup();
    render(<Demo />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAttribute('tabindex', '0');
  });

  it('Right Arrow moves to and selects the next tab, skipping disabled ones, wrapping at the end', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Demo onValueChange={onValueChange} />);
    tab('Information').focus();
    await user.keyboard('{ArrowRight}');
    expect(tab('Documents')).toHaveFocus();
    expect(tab('Documents')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Documents')).toHaveAttribute('tabindex', '0');
    expect(onValueChange).toHaveBeenLastCalledWith('docs');
    await user.keyboard('{ArrowRight}');
    expect(tab('Messages')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tab('Information')).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('General information.');
  });

  it('Left Arrow moves to and selects the previous tab, wrapping at the start', async () => {
    const user = userEvent.setup();
    render(<Demo />);
    tab('Information').focus();
    await user.keyboard('{ArrowLeft}');
    expect(tab('Messages')).toHaveFocus();
    expect(tab('Messages')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(tab('Documents')).toHaveFocus();
  });

  it('Home and End move to and select the first and last tab', async () => {
    const user = userEvent.setup();
    render(<Demo defaultValue="docs" />);
    tab('Documents').focus();
    await user.keyboard('{End}');
    expect(tab('Messages')).toHaveFocus();
    expect(tab('Messages')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(tab('Information')).toHaveFocus();
    expect(tab('Information')).toHaveAttribute('aria-selected', 'true');
  });

  it('manual activation: arrows move focus only; Enter or Space selects', async () => {
    const user = userEvent.setup();
    render(<Demo activation="manual" />);
    tab('Information').focus();
    await user.keyboard('{ArrowRight}');
    expect(tab('Documents')).toHaveFocus();
    expect(tab('Information')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    await user.keyboard(' ');
    expect(tab('Messages')).toHaveAttribute('aria-selected', 'true');
  });

  it('is controlled by value', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Demo value="info" defaultValue={undefined} onValueChange={onValueChange} />);
    await user.click(tab('Messages'));
    expect(onValueChange).toHaveBeenCalledWith('msg');
    expect(tab('Information')).toHaveAttribute('aria-selected', 'true');
  });

  it('has no axe violations on each tab', async () => {
    const user = userEvent.setup();
    const { container } = render(<Demo />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(tab('Documents'));
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a tab list needs a name
export const unnamedList = <Tabs.List>{null}</Tabs.List>;
// @ts-expect-error tabs need a value or defaultValue
export const noValue = <Tabs>{null}</Tabs>;
