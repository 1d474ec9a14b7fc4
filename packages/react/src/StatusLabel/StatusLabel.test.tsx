import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { StatusLabel, type StatusLabelType } from './StatusLabel';

const types: StatusLabelType[] = ['neutral', 'info', 'success', 'warning', 'error'];

describe('StatusLabel', () => {
  it('says the status in words, with a hidden icon', () => {
    render(<StatusLabel type="success">Hyväksytty</StatusLabel>);
    const label = screen.getByText('Hyväksytty').closest('.aukio-status-label')!;
    expect(label).toHaveAttribute('data-type', 'success');
    expect(label.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(label).toHaveTextContent(/^Hyväksytty$/);
  });

  it('draws a different icon shape for each type', () => {
    const { container } = render(
      <div>
        {types.map((t) => (
          <StatusLabel key={t} type={t}>
            {t}
          </StatusLabel>
        ))}
      </div>,
    );
    const shapes = Array.from(container.querySelectorAll('svg')).map((svg) => svg.innerHTML);
    expect(new Set(shapes).size).toBe(types.length);
  });

  it('updates its text when the state changes', async () => {
    const user = userEvent.setup();
    function Demo() {
      const [done, setDone] = useState(false);
      return (
        <>
          <StatusLabel type={done ? 'success' : 'info'}>{done ? 'Valmis' : 'Käsittelyssä'}</StatusLabel>
          <button type="button" onClick={() => setDone(true)}>
            Käsittele
          </button>
        </>
      );
    }
    render(<Demo />);
    expect(screen.getByText('Käsittelyssä')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Käsittele' }));
    expect(screen.getByText('Valmis').closest('.aukio-status-label')).toHaveAttribute('data-type', 'success');
  });

  it('has no axe violations in any type', async () => {
    const { container } = render(
      <p>
        {types.map((t) => (
          <StatusLabel key={t} type={t}>
            {t}
          </StatusLabel>
        ))}
      </p>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a status label needs its status in words
export const noText = <StatusLabel type="error" />;
