import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { Text } from './Text';

describe('Text', () => {
  it('is a paragraph by default', () => {
    render(<Text>Hae tunnusta verkossa.</Text>);
    const p = screen.getByText('Hae tunnusta verkossa.');
    expect(p.tagName).toBe('P');
    expect(p).toHaveAttribute('data-variant', 'body');
  });

  it('renders variants and other elements', () => {
    render(
      <div>
        <Text variant="lead">Johdanto</Text>
        <Text variant="small" as="span">
          Huomautus
        </Text>
      </div>,
    );
    expect(screen.getByText('Johdanto')).toHaveAttribute('data-variant', 'lead');
    expect(screen.getByText('Huomautus').tagName).toBe('SPAN');
  });

  it('keeps links inside it in the tab order', async () => {
    const user = userEvent.setup();
    render(
      <Text>
        Lue <a href="#ehdot">ehdot</a> ennen hakemista.
      </Text>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'ehdot' })).toHaveFocus();
  });

  it('has no axe violations in each variant', async () => {
    const { container } = render(
      <div>
        <Text variant="lead">Lead</Text>
        <Text>Body</Text>
        <Text variant="small">Small</Text>
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
