// The States stories' grid: what the visual runner reads from it (which pseudo-classes to force, on which
// element) and what a reader of the docs page gets (a named figure per state, the language of each cell).
import { render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from 'jest-axe';
import { Button } from '../../src/Button';
import { Navigation } from '../../src/Navigation';
import { InteractionCells, StateCell, StateGrid } from './StateGrid';

describe('StateGrid', () => {
  it('captions each cell and tells how to see a forced state', () => {
    render(
      <StateGrid>
        <StateCell label="Disabled">
          <Button disabled>Lähetä</Button>
        </StateCell>
        <StateCell label="Hover" force={['hover']}>
          <Button>Lähetä</Button>
        </StateCell>
      </StateGrid>,
    );
    // The caption is the figure's first child (its name in the browser; jsdom computes no figure names).
    const [disabled, hover] = screen.getAllByRole('figure');
    expect(disabled?.querySelector('figcaption')).toHaveTextContent(/^Disabled$/);
    expect(disabled).not.toHaveAttribute('data-visual-force');
    expect(hover?.querySelector('figcaption')).toHaveTextContent('Hover (shown when you point at it)');
    expect(hover).toHaveAttribute('data-visual-force', 'hover');
  });

  it('renders default, hover and focus cells of one element, forcing a state in each', () => {
    render(
      <StateGrid>
        <InteractionCells label="Primary">
          <Button>Lähetä</Button>
        </InteractionCells>
      </StateGrid>,
    );
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('data-visual-force'))).toEqual([null, 'hover', 'focus focus-visible']);
    expect(screen.getAllByRole('button', { name: 'Lähetä' })).toHaveLength(3);
  });

  it('marks the target element, also when it appears after the first render', async () => {
    function Later() {
      const [shown, setShown] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setShown(true)}>
            Näytä
          </button>
          {shown && <button type="button">Tyhjennä</button>}
        </>
      );
    }
    render(
      <StateCell label="Clear button, hover" force={['hover']} target="button + button">
        <Later />
      </StateCell>,
    );
    screen.getByRole('button', { name: 'Näytä' }).click();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Tyhjennä' })).toHaveAttribute('data-visual-target'));
    expect(screen.getByRole('button', { name: 'Näytä' })).not.toHaveAttribute('data-visual-target');
  });

  it('renders a locale cell in that language, built-in texts included, with an English caption', () => {
    render(
      <StateCell label="Swedish" locale="sv">
        <Navigation items={[{ label: 'Trafik', href: '#trafik' }]} />
      </StateCell>,
    );
    const nav = screen.getByRole('navigation');
    expect(nav.closest('[lang]')).toHaveAttribute('lang', 'sv');
    expect(nav).not.toHaveAccessibleName('Päävalikko');
    expect(screen.getByText('Swedish').closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('gives each landmark a name of its own, and puts headers in sections of their own', async () => {
    const { container } = render(
      <StateGrid>
        <InteractionCells label="Navigation">
          {(cell) => <Navigation items={[{ label: 'Asuminen', href: '#asuminen' }]} aria-label={`Päävalikko (${cell})`} />}
        </InteractionCells>
        <StateCell label="Header" section>
          <header>Palvelu</header>
        </StateCell>
        <StateCell label="Another header" section>
          <header>Palvelu</header>
        </StateCell>
      </StateGrid>,
    );
    expect(screen.getAllByRole('navigation').map((n) => n.getAttribute('aria-label'))).toEqual([
      'Päävalikko (Navigation)',
      'Päävalikko (Navigation, hover)',
      'Päävalikko (Navigation, focus)',
    ]);
    // axe's landmark rules: one banner at most, landmarks of one kind with different names.
    expect(await axe(container)).toHaveNoViolations();
  });
});
