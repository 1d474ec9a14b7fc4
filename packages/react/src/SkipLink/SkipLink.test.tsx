import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { SkipLink } from './SkipLink';

function Page({ locale = 'fi' as const }: { locale?: 'fi' | 'sv' | 'en' }) {
  return (
    <AukioProvider locale={locale}>
      <SkipLink />
      <header>
        <a href="/">Home</a>
      </header>
      <main id="main">
        <h1>Apply</h1>
      </main>
    </AukioProvider>
  );
}

describe('SkipLink', () => {
  it('is the first tab stop and moves focus to main when followed', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.tab();
    const link = screen.getByRole('link', { name: 'Siirry pääsisältöön' });
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    const main = screen.getByRole('main');
    expect(main).toHaveFocus();
    expect(main).toHaveAttribute('tabindex', '-1');
    // The temporary tabindex goes away on blur, so main never becomes a tab stop.
    await user.tab();
    expect(main).not.toHaveAttribute('tabindex');
  });

  it.each([
    ['sv', 'Hoppa till huvudinnehållet'],
    ['en', 'Skip to main content'],
  ] as const)('speaks %s', (locale, name) => {
    render(<Page locale={locale} />);
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', '#main');
  });

  it('warns in development when the target does not exist', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SkipLink href="#content" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no element with id "content"'));
    warn.mockRestore();
  });

  it('warns in development when a visible focusable element comes before it, but not for hidden ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { unmount } = render(
      <>
        <button type="button" hidden>
          Piilotettu
        </button>
        <SkipLink />
        <main id="main" />
      </>,
    );
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('first focusable'));
    unmount();
    render(
      <>
        <a href="#haku">Haku</a>
        <SkipLink />
        <main id="main" />
      </>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('should be the first focusable element'));
    warn.mockRestore();
  });

  it('has no axe violations', async () => {
    const { container } = render(<Page />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
