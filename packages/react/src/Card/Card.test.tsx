import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Card } from './Card';

describe('Card', () => {
  it('has a heading of the given level and its content', () => {
    render(
      <Card title="Asukaspysäköinti" headingLevel={3} footer="Päivitetty 1.1.2026">
        <p>Hae tunnusta verkossa.</p>
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Asukaspysäköinti' })).toBeInTheDocument();
    expect(screen.getByText('Hae tunnusta verkossa.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('a linked card has exactly one link, inside the heading, named by the title', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <Card title="Yrityspysäköinti" headingLevel={2} href="/yritys" linkProps={{ onClick }}>
        <p>Yrityksille ja yhteisöille.</p>
      </Card>,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Yrityspysäköinti');
    expect(screen.getByRole('heading', { level: 2 })).toContainElement(links[0]!);
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('other controls in a linked card stay reachable after the card link', async () => {
    const user = userEvent.setup();
    render(
      <Card title="Huoltoajo" headingLevel={2} href="/huoltoajo" footer={<button type="button">Tallenna</button>}>
        Lupa huoltoajoon.
      </Card>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Tallenna' })).toHaveFocus();
  });

  it('has no axe violations, plain, linked, with media', async () => {
    const { container } = render(
      <div>
        <Card title="Plain" headingLevel={2}>
          Body
        </Card>
        <Card title="Linked" headingLevel={2} href="#x" as="article" media={<img src="data:," alt="" />}>
          Body
        </Card>
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error the heading level is required
export const noLevel = <Card title="Otsikko" />;
// @ts-expect-error the title is required
export const noTitle = <Card headingLevel={2} />;
