import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { Heading } from './Heading';

describe('Heading', () => {
  it('renders the level as the element and the default size for it', () => {
    render(<Heading level={2}>Hakemukset</Heading>);
    const h = screen.getByRole('heading', { level: 2, name: 'Hakemukset' });
    expect(h.tagName).toBe('H2');
    expect(h).toHaveAttribute('data-size', '2xl');
  });

  it('keeps the level when the visual size differs', () => {
    render(
      <Heading level={1} size="lg">
        Pieni pääotsikko
      </Heading>,
    );
    const h = screen.getByRole('heading', { level: 1 });
    expect(h).toHaveAttribute('data-size', 'lg');
  });

  it('can take focus after navigation (tabindex -1) without entering the tab order', async () => {
    const user = userEvent.setup();
    function Demo() {
      const ref = useRef<HTMLHeadingElement>(null);
      return (
        <>
          <button type="button" onClick={() => ref.current?.focus()}>
            Seuraava vaihe
          </button>
          <Heading level={1} ref={ref} tabIndex={-1}>
            Vaihe 2
          </Heading>
        </>
      );
    }
    render(<Demo />);
    await user.click(screen.getByRole('button'));
    expect(screen.getByRole('heading', { name: 'Vaihe 2' })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('has no axe violations at every level', async () => {
    const { container } = render(
      <div>
        {([1, 2, 3, 4, 5, 6] as const).map((l) => (
          <Heading key={l} level={l}>
            {`Taso ${l}`}
          </Heading>
        ))}
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error the level is required
export const noLevel = <Heading>Otsikko</Heading>;
// @ts-expect-error levels go from 1 to 6
export const badLevel = <Heading level={7}>Otsikko</Heading>;
