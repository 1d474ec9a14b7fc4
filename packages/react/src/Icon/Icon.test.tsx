import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Icon, createIcon } from './Icon';
import * as folderExports from './index';
import { IconGallery, allIcons } from './IconGallery';
import { CheckIcon, CloseIcon, WarningIcon } from './icons';

describe('Icon set', () => {
  it('exports at least 40 icons with unique names and display names', () => {
    const names = Object.keys(folderExports).filter((name) => /^[A-Z]\w*Icon$/.test(name)).sort();
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names).toEqual(allIcons.map(([name]) => name).sort());
    const displayNames = allIcons.map(([name, C]) => [name, C.displayName]);
    for (const [name, displayName] of displayNames) expect(displayName).toBe(name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('draws every icon differently', () => {
    const drawings = allIcons.map(([, C]) => {
      const { container, unmount } = render(<C />);
      const d = container.querySelector('path')?.getAttribute('d');
      unmount();
      return d;
    });
    expect(drawings.every(Boolean)).toBe(true);
    expect(new Set(drawings).size).toBe(drawings.length);
  });

  it.each(allIcons)('%s is a decorative 24×24 stroke svg with no accessible name by default', (_name, C) => {
    const { container } = render(
      <p>
        <C /> Text
      </p>,
    );
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg).toHaveAttribute('viewBox', '0 0 24 24');
    expect(svg).toHaveAttribute('fill', 'none');
    expect(svg).toHaveAttribute('stroke', 'currentColor');
    expect(svg).toHaveAttribute('stroke-width', '2');
    expect(svg).toHaveAttribute('stroke-linecap', 'round');
    expect(svg).not.toHaveAttribute('role');
    expect(svg).not.toHaveAccessibleName();
    expect(svg).not.toHaveAttribute('style');
    expect(svg).toHaveClass('aukio-icon');
    expect(screen.queryByRole('img')).toBeNull();
    expect(svg.querySelectorAll('title')).toHaveLength(0);
  });
});

describe('Icon', () => {
  it('with a label is an image named by it', () => {
    render(<WarningIcon label="Incomplete" />);
    const img = screen.getByRole('img', { name: 'Incomplete' });
    expect(img).not.toHaveAttribute('aria-hidden');
    expect(img).toHaveAttribute('focusable', 'false');
  });

  it('can be named by aria-labelledby', () => {
    render(
      <>
        <span id="state">Approved</span>
        <CheckIcon aria-labelledby="state" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Approved' })).toBeInTheDocument();
  });

  it('stays decorative with an empty label and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<CloseIcon label=" " />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('empty `label`'));
    warn.mockRestore();
  });

  it('maps size to data-size, keeps the class and forwards ref and props', () => {
    const ref = createRef<SVGSVGElement>();
    const { container } = render(<CloseIcon ref={ref} size="xl" className="app-icon" data-testid="close" />);
    const svg = container.querySelector('svg')!;
    expect(ref.current).toBe(svg);
    expect(svg).toHaveAttribute('data-size', 'xl');
    expect(svg).toHaveClass('aukio-icon', 'app-icon');
    expect(svg).toHaveAttribute('data-testid', 'close');
    expect(svg).not.toHaveAttribute('style');
  });

  it('without a size has no data-size (1 em from CSS) and sizes are the scale only', () => {
    const { container } = render(<CloseIcon />);
    expect(container.querySelector('svg')).not.toHaveAttribute('data-size');
  });

  it('lets an app draw its own icon with the base and with createIcon', () => {
    const BinIcon = createIcon('BinIcon', 'M5 7h14l-1 13H6L5 7Z');
    expect(BinIcon.displayName).toBe('BinIcon');
    render(
      <>
        <Icon label="Own">
          <circle cx="12" cy="12" r="8" />
        </Icon>
        <BinIcon label="Recycling" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Own' }).querySelector('circle')).not.toBeNull();
    expect(screen.getByRole('img', { name: 'Recycling' }).querySelector('path')).toHaveAttribute('d', 'M5 7h14l-1 13H6L5 7Z');
  });

  it('is not focusable and adds no tab stop', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Before</button>
        <WarningIcon label="Warning" />
        <CloseIcon />
        <button type="button">After</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('has no axe violations, decorative, labelled and in a named button', async () => {
    const { container } = render(
      <div>
        <p>
          <CheckIcon /> Saved
        </p>
        <p>
          State: <WarningIcon label="Incomplete" size="m" />
        </p>
        <button type="button" aria-label="Close">
          <CloseIcon />
        </button>
        {allIcons.map(([name, C]) => (
          <C key={name} size="l" />
        ))}
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('IconGallery', () => {
  it('filters the icons by name as you type and says how many are shown', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <IconGallery />
      </AukioProvider>,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`${allIcons.length} icons`);
    const search = screen.getByRole('searchbox', { name: 'Search icons' });
    await user.type(search, 'chevron-LEFT');
    expect(status).toHaveTextContent(/^1 icon$/);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('ChevronLeftIcon')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(status).toHaveTextContent('0 icons');
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    await user.clear(search);
    await user.type(search, 'arrow');
    expect(status).toHaveTextContent('4 icons');
  });

  it('speaks Finnish and Swedish with the right plural forms', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<IconGallery />);
    await user.type(screen.getByRole('searchbox', { name: 'Hae kuvakkeita' }), 'parking');
    expect(screen.getByRole('status')).toHaveTextContent(/^1 kuvake$/);
    unmount();
    render(
      <AukioProvider locale="sv">
        <IconGallery />
      </AukioProvider>,
    );
    expect(screen.getByRole('searchbox', { name: 'Sök ikoner' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${allIcons.length} ikoner`);
  });

  it('has no axe violations, full and filtered', async () => {
    const user = userEvent.setup();
    const { container } = render(<IconGallery />);
    expect(await axe(container)).toHaveNoViolations();
    await user.type(screen.getByRole('searchbox'), 'eye');
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: each line below must be a type error.
// @ts-expect-error sizes come from the scale only
export const offScaleSize = <CloseIcon size="huge" />;
// @ts-expect-error the base icon needs a drawing
export const emptyBase = <Icon label="Nothing" />;
