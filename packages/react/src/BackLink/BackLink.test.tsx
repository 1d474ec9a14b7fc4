import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { BackLink } from './BackLink';

describe('BackLink', () => {
  it.each([
    ['fi', 'Takaisin'],
    ['sv', 'Tillbaka'],
    ['en', 'Back'],
  ] as const)('says "back" in %s and hides the arrow', (locale, name) => {
    render(
      <AukioProvider locale={locale}>
        <BackLink href="/step-1" />
      </AukioProvider>,
    );
    const link = screen.getByRole('link', { name });
    expect(link).toHaveAttribute('href', '/step-1');
    expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('takes its own text and follows on Enter', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <BackLink href="/applications" onClick={onClick}>
        Back to your applications
      </BackLink>,
    );
    await user.tab();
    const link = screen.getByRole('link', { name: 'Back to your applications' });
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('styles a router link with asChild', () => {
    render(
      <BackLink asChild>
        <a href="/previous">Edellinen vaihe</a>
      </BackLink>,
    );
    expect(screen.getByRole('link', { name: 'Edellinen vaihe' })).toHaveClass('aukio-back-link');
  });

  it('has no axe violations', async () => {
    const { container } = render(<BackLink href="/" />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
