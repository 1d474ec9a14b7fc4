import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { LanguageSwitch } from './LanguageSwitch';

const links = [
  { code: 'fi', name: 'Suomi', href: '/fi/pysakointi' },
  { code: 'sv', name: 'Svenska', href: '/sv/parkering' },
  { code: 'en', name: 'English', href: '/en/parking' },
];

describe('LanguageSwitch', () => {
  it('lists each language in its own name with lang and hrefLang, current one marked', () => {
    render(<LanguageSwitch languages={links} current="sv" />);
    const list = screen.getByRole('list', { name: 'Kieli' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const svenska = screen.getByRole('link', { name: 'Svenska' });
    expect(svenska).toHaveAttribute('lang', 'sv');
    expect(svenska).toHaveAttribute('hreflang', 'sv');
    expect(svenska).toHaveAttribute('href', '/sv/parkering');
    expect(svenska).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'Suomi' })).not.toHaveAttribute('aria-current');
  });

  it.each([
    ['sv', 'Språk'],
    ['en', 'Language'],
  ] as const)('labels the list in the current language (%s)', (locale, name) => {
    render(
      <AukioProvider locale={locale}>
        <LanguageSwitch languages={links} current={locale} />
      </AukioProvider>,
    );
    expect(screen.getByRole('list', { name })).toBeInTheDocument();
  });

  it('switches in place with buttons and onLanguageChange, by keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function App() {
      const [lang, setLang] = useState('fi');
      return (
        <LanguageSwitch
          languages={links.map(({ code, name }) => ({ code, name }))}
          current={lang}
          onLanguageChange={(code) => {
            onChange(code);
            setLang(code);
          }}
        />
      );
    }
    render(<App />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('sv');
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-current', 'true');
    await user.tab();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  });

  it('still calls the deprecated onChange, with one development warning', async () => {
    const user = userEvent.setup();
    await expectOneDeprecationWarning('LanguageSwitch', 'onChange', async () => {
      const onChange = vi.fn();
      render(<LanguageSwitch languages={links.map(({ code, name }) => ({ code, name }))} current="fi" onChange={onChange} />);
      await user.click(screen.getByRole('button', { name: 'Svenska' }));
      expect(onChange).toHaveBeenLastCalledWith('sv', expect.anything());
    });
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<LanguageSwitch languages={[]} current="fi" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('warns in development about an unknown current language and duplicates', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<LanguageSwitch languages={[...links, links[0]!]} current="de" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('current="de"'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"fi" is listed more than once'));
    warn.mockRestore();
  });

  it('has no axe violations as links and as buttons', async () => {
    const { container } = render(
      <>
        <LanguageSwitch languages={links} current="fi" />
        <LanguageSwitch languages={[{ code: 'fi', name: 'Suomi' }, { code: 'sv', name: 'Svenska' }]} current="fi" onChange={() => {}} aria-label="Kieli, painikkeet" />
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: every language needs its own name.
// @ts-expect-error a language without a name
export const unnamedLanguage = <LanguageSwitch current="fi" languages={[{ code: 'fi', href: '/fi' }]} />;
