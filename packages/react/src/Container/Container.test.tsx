import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { Container } from './Container';

describe('Container', () => {
  it('renders a div with the default size', () => {
    render(<Container data-testid="c">Sisältö</Container>);
    expect(screen.getByTestId('c').tagName).toBe('DIV');
    expect(screen.getByTestId('c')).toHaveAttribute('data-size', 'default');
  });

  it('can be the main landmark and take focus from a skip link', async () => {
    const user = userEvent.setup();
    render(
      <>
        <a href="#main">Siirry pääsisältöön</a>
        <Container as="main" id="main" tabIndex={-1} size="narrow">
          <h1>Otsikko</h1>
        </Container>
      </>,
    );
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('data-size', 'narrow');
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    main.focus();
    expect(main).toHaveFocus();
  });

  it('has no axe violations in each size', async () => {
    const { container } = render(
      <div>
        {(['narrow', 'default', 'wide', 'full'] as const).map((s) => (
          <Container key={s} size={s}>
            {s}
          </Container>
        ))}
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
