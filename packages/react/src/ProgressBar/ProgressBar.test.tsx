import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { ProgressBar } from './ProgressBar';

const polite = () => document.getElementById('aukio-announcer-polite');
afterEach(() => vi.useRealTimers());

describe('ProgressBar', () => {
  it('is a native progress bar named by its visible label, with the value as text', () => {
    render(<ProgressBar label="Ladataan liitettä" value={45} />);
    const bar = screen.getByRole('progressbar', { name: 'Ladataan liitettä' });
    expect(bar).toHaveAttribute('value', '45');
    expect(bar).toHaveAttribute('aria-valuetext', '45 %');
    expect(screen.getByText('45 %')).toBeVisible();
  });

  it('clamps values and supports a custom max and value text', () => {
    render(<ProgressBar label="Tiedostot" value={7} max={5} valueText="5/5 tiedostoa" />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('value', '5');
    expect(bar).toHaveAttribute('max', '5');
    expect(bar).toHaveAttribute('aria-valuetext', '5/5 tiedostoa');
  });

  it('is indeterminate without a value', () => {
    render(<ProgressBar label="Haetaan" />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByRole('progressbar').closest('.aukio-progress-bar')).toHaveAttribute('data-state', 'indeterminate');
  });

  function Upload() {
    const [value, setValue] = useState(0);
    return (
      <AukioProvider locale="en">
        <button type="button" onClick={() => setValue((v) => Math.min(100, v + 3))}>
          Step
        </button>
        <ProgressBar label="Upload" value={value} />
      </AukioProvider>
    );
  }

  it('announces every 10 % and on completion, not on every tick', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Upload />);
    const step = screen.getByRole('button', { name: 'Step' });
    const said: string[] = [];
    const tick = async () => {
      await user.click(step);
      await act(() => vi.advanceTimersByTimeAsync(150));
      const text = polite()?.textContent ?? '';
      if (text && text !== said[said.length - 1]) said.push(text);
    };
    for (let i = 0; i < 3; i++) await tick(); // 3, 6, 9
    expect(said).toEqual([]);
    await tick(); // 12
    expect(said).toEqual(['Upload: 12%']);
    for (let i = 0; i < 30; i++) await tick(); // … 100
    expect(said).toEqual([
      'Upload: 12%',
      'Upload: 21%',
      'Upload: 30%',
      'Upload: 42%',
      'Upload: 51%',
      'Upload: 60%',
      'Upload: 72%',
      'Upload: 81%',
      'Upload: 90%',
      'Upload: complete',
    ]);
  });

  it('announces in Finnish and can be silenced', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<ProgressBar label="Lähetys" value={0} />);
    rerender(<ProgressBar label="Lähetys" value={100} />);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Lähetys: valmis');
    polite()!.textContent = '';
    const quiet = render(<ProgressBar label="Hiljainen" value={0} announceProgress={false} />);
    quiet.rerender(<ProgressBar label="Hiljainen" value={50} announceProgress={false} />);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(polite()).toHaveTextContent('');
  });

  it('has no axe violations in each state', async () => {
    const { container } = render(
      <div>
        <ProgressBar label="Alussa" value={0} />
        <ProgressBar label="Kesken" value={40} />
        <ProgressBar label="Valmis" value={100} />
        <ProgressBar label="Tuntematon" />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
