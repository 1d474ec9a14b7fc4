import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { LoadingSpinner } from './LoadingSpinner';

describe('LoadingSpinner', () => {
  it('is a status named "Ladataan" by default, with the ring hidden', () => {
    render(<LoadingSpinner />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Ladataan');
    expect(status.querySelector('.aukio-loading-spinner__ring')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Ladataan')).toHaveClass('aukio-visually-hidden');
  });

  it('translates the default label', () => {
    render(
      <AukioProvider locale="sv">
        <LoadingSpinner />
      </AukioProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Laddar');
  });

  it('shows a custom label on screen', () => {
    render(<LoadingSpinner label="Haetaan hakemuksia" showLabel />);
    expect(screen.getByText('Haetaan hakemuksia')).toHaveClass('aukio-loading-spinner__label');
  });

  it('appears and goes with the loading state the user started', async () => {
    const user = userEvent.setup();
    function Demo() {
      const [loading, setLoading] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setLoading((l) => !l)}>
            Load
          </button>
          {loading && <LoadingSpinner />}
        </>
      );
    }
    render(
      <AukioProvider locale="en">
        <Demo />
      </AukioProvider>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('has no axe violations in each size and with a visible label', async () => {
    const { container } = render(
      <div>
        <LoadingSpinner size="small" />
        <LoadingSpinner />
        <LoadingSpinner size="large" label="Ladataan karttaa" showLabel />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
