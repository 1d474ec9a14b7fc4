import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { announce, clearAnnouncements } from '../internal/announcer';
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

  it('confirms a switch in place in the new language, marked with its lang; a followed link says nothing', async () => {
    const user = userEvent.setup();
    const polite = async () => {
      await act(() => new Promise((r) => setTimeout(r, 150)));
      return document.getElementById('aukio-announcer-polite');
    };
    function App({ withLinks = false }: { withLinks?: boolean }) {
      const [lang, setLang] = useState('fi');
      return (
        <LanguageSwitch
          languages={[...(withLinks ? links : links.map(({ code, name }) => ({ code, name }))), { code: 'et', name: 'Eesti' }]}
          current={lang}
          onLanguageChange={(code, event) => {
            if (code !== 'en') event.preventDefault();
            setLang(code);
          }}
        />
      );
    }
    const { unmount } = render(<App />);
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    let region = await polite();
    expect(region).toHaveTextContent('Sidan visas nu på svenska');
    expect(region).toHaveAttribute('lang', 'sv');
    await user.click(screen.getByRole('button', { name: 'English' }));
    region = await polite();
    expect(region).toHaveTextContent('The page is now in English');
    expect(region).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('button', { name: 'Suomi' }));
    expect(await polite()).toHaveTextContent('Sivu näytetään nyt suomeksi');
    // A language without Aukio's texts: its own name, in its own language.
    await user.click(screen.getByRole('button', { name: 'Eesti' }));
    region = await polite();
    expect(region).toHaveTextContent('Eesti');
    expect(region).toHaveAttribute('lang', 'et');
    // Choosing the current language again announces nothing new.
    clearAnnouncements();
    await user.click(screen.getByRole('button', { name: 'Eesti' }));
    expect(await polite()).toHaveTextContent('');
    unmount();
    // Links: switched in place when the app prevents the default (Svenska), not when followed (English).
    render(<App withLinks />);
    await user.click(screen.getByRole('link', { name: 'Svenska' }));
    expect(await polite()).toHaveTextContent('Sidan visas nu på svenska');
    clearAnnouncements();
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await polite()).toHaveTextContent('');
    // A later message without a language of its own is in the page's language again.
    announce('Tallennettu');
    region = await polite();
    expect(region).toHaveTextContent('Tallennettu');
    expect(region).not.toHaveAttribute('lang');
  });

  it("confirms a switch in place with the app's own text for the new language, once the page is in it", async () => {
    const user = userEvent.setup();
    const polite = async () => {
      await act(() => new Promise((r) => setTimeout(r, 150)));
      return document.getElementById('aukio-announcer-polite');
    };
    // The app's overrides, per language: only Swedish replaces the confirmation.
    const overrides = { fi: {}, sv: { 'languageSwitch.changed': 'Sidan är nu på svenska' }, en: {} } as const;
    function App() {
      const [lang, setLang] = useState<'fi' | 'sv' | 'en'>('fi');
      return (
        <AukioProvider locale={lang} strings={overrides[lang]}>
          <LanguageSwitch
            languages={links.map(({ code, name }) => ({ code, name }))}
            current={lang}
            onLanguageChange={(code) => setLang(code as 'fi' | 'sv' | 'en')}
          />
        </AukioProvider>
      );
    }
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    let region = await polite();
    expect(region).toHaveTextContent('Sidan är nu på svenska');
    expect(region).not.toHaveTextContent('Sidan visas nu på svenska');
    expect(region).toHaveAttribute('lang', 'sv');
    // The list is named in the new language too: the confirmation came after the page switched.
    expect(screen.getByRole('list', { name: 'Språk' })).toBeInTheDocument();
    // Without an override, Aukio's own text in the new language.
    await user.click(screen.getByRole('button', { name: 'English' }));
    region = await polite();
    expect(region).toHaveTextContent('The page is now in English');
    expect(region).toHaveAttribute('lang', 'en');
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
