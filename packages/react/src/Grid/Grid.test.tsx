import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { Grid } from './Grid';

describe('Grid', () => {
  it('sets columns and gap as data attributes, never inline styles', () => {
    render(<Grid columns={4} gap={3} data-testid="g" />);
    const g = screen.getByTestId('g');
    expect(g).toHaveAttribute('data-columns', '4');
    expect(g).toHaveAttribute('data-gap', '3');
    expect(g).not.toHaveAttribute('style');
  });

  it('renders a list of cells', () => {
    render(
      <Grid as="ul">
        <li>A</li>
        <li>B</li>
      </Grid>,
    );
    expect(screen.getByRole('list')).toHaveAttribute('data-columns', '3');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps focus order in source order', async () => {
    const user = userEvent.setup();
    render(
      <Grid columns={2}>
        <a href="#a">Ensimmäinen</a>
        <a href="#b">Toinen</a>
      </Grid>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ensimmäinen' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Toinen' })).toHaveFocus();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <Grid as="ul" columns={2}>
        <li>A</li>
        <li>B</li>
      </Grid>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error five columns is not a supported layout
export const fiveColumns = <Grid columns={5} />;
