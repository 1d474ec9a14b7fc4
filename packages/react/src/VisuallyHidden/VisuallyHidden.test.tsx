import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { VisuallyHidden } from './VisuallyHidden';

describe('VisuallyHidden', () => {
  it('adds words to an accessible name without showing them', () => {
    render(
      <button type="button">
        Change <VisuallyHidden>email address</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole('button', { name: 'Change email address' })).toBeInTheDocument();
    expect(screen.getByText('email address')).toHaveClass('aukio-visually-hidden');
  });

  it('renders the element asked for, e.g. a hidden heading', () => {
    render(<VisuallyHidden as="h2">Search results</VisuallyHidden>);
    expect(screen.getByRole('heading', { level: 2, name: 'Search results' })).toBeInTheDocument();
  });

  it('lets a focusable child be reached by keyboard', async () => {
    const user = userEvent.setup();
    render(
      <VisuallyHidden>
        <a href="#top">Back to top</a>
      </VisuallyHidden>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Back to top' })).toHaveFocus();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <p>
        Price 30 € <VisuallyHidden>per month</VisuallyHidden>
      </p>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
