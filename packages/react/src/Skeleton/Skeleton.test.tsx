import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Skeleton } from './Skeleton';

describe('Skeleton', () => {
  it('hides the blocks from assistive technology and says "loading" in a status', () => {
    const { container } = render(<Skeleton lines={4} />);
    expect(screen.getByRole('status')).toHaveTextContent('Sisältöä ladataan');
    const blocks = container.querySelector('.aukio-skeleton__blocks')!;
    expect(blocks).toHaveAttribute('aria-hidden', 'true');
    expect(blocks.children).toHaveLength(4);
    expect(blocks.lastElementChild).toHaveAttribute('data-last');
  });

  it('draws one block for rect and circle shapes', () => {
    const { container } = render(<Skeleton shape="circle" lines={5} />);
    expect(container.querySelectorAll('.aukio-skeleton__block')).toHaveLength(1);
  });

  it('translates and accepts a custom label', () => {
    render(
      <AukioProvider locale="sv">
        <Skeleton />
        <Skeleton label="Kartan laddas" />
      </AukioProvider>,
    );
    const [a, b] = screen.getAllByRole('status');
    expect(a).toHaveTextContent('Innehållet laddas');
    expect(b).toHaveTextContent('Kartan laddas');
  });

  it('is replaced by the content when loading ends', async () => {
    const user = userEvent.setup();
    function Demo() {
      const [done, setDone] = useState(false);
      return (
        <AukioProvider locale="en">
          <button type="button" onClick={() => setDone(true)}>
            Finish
          </button>
          {done ? <p>Loaded text</p> : <Skeleton />}
        </AukioProvider>
      );
    }
    render(<Demo />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading content');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Loaded text')).toBeInTheDocument();
  });

  it('has no axe violations in each shape', async () => {
    const { container } = render(
      <div>
        <Skeleton />
        <Skeleton shape="rect" />
        <Skeleton shape="circle" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
