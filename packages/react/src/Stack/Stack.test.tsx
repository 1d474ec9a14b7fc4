import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { Stack } from './Stack';

describe('Stack', () => {
  it('sets direction and gap as data attributes, never inline styles', () => {
    render(
      <Stack direction="horizontal" gap={6} align="center" data-testid="s">
        <span>A</span>
      </Stack>,
    );
    const s = screen.getByTestId('s');
    expect(s).toHaveAttribute('data-direction', 'horizontal');
    expect(s).toHaveAttribute('data-gap', '6');
    expect(s).toHaveAttribute('data-align', 'center');
    expect(s).not.toHaveAttribute('style');
  });

  it('defaults to a vertical stack with gap 4 and renders lists', () => {
    render(
      <Stack as="ul" data-testid="s">
        <li>Yksi</li>
        <li>Kaksi</li>
      </Stack>,
    );
    expect(screen.getByRole('list')).toHaveAttribute('data-gap', '4');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps the tab order in source order', async () => {
    const user = userEvent.setup();
    render(
      <Stack direction="horizontal" justify="end">
        <button type="button">Peruuta</button>
        <button type="button">Lähetä</button>
      </Stack>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Lähetä' })).toHaveFocus();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <Stack>
          <p>A</p>
        </Stack>
        <Stack as="ol" direction="horizontal" gap={2}>
          <li>B</li>
        </Stack>
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error gaps come from the space scale only
export const badGap = <Stack gap={9} />;
