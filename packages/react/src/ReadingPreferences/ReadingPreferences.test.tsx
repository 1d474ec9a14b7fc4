import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, defineMessages, useStrings } from '../i18n';
import {
  READING_PREFERENCES_KEY,
  defaultReadingPreferences,
  parseReadingPreferences,
  readingPreferenceAttributeNames,
  readingPreferenceAttributes,
  readingThemes,
  serializeReadingPreferences,
  textSizes,
} from './preferences';
import { ReadingPreferences } from './ReadingPreferences';
import { resetReadingPreferencesCache, useReadingPreferences } from './useReadingPreferences';

const html = () => document.documentElement;

function clearRoot() {
  for (const name of readingPreferenceAttributeNames) html().removeAttribute(name);
}

beforeEach(() => {
  window.localStorage.clear();
  resetReadingPreferencesCache();
  clearRoot();
});
afterEach(() => {
  window.localStorage.clear();
  clearRoot();
});

/** A small deterministic random source, so a failing fuzz case can be reproduced. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** Corrupt, old and hostile stored values. */
function fuzzValues(count: number): unknown[] {
  const r = rng(20261127);
  const chars = '{}[]":,.-+eE0123456789 truefalsnul\\%\u0000\u00e4\u{1F600}abcdefghijklmnopqrstuvwxyz';
  const junk = () => pick(r, [null, undefined, 1, -1, 0, Infinity, 'x', '', true, false, [], {}, '150', 150, 'dark', '__proto__']);
  const out: unknown[] = [
    null,
    undefined,
    '',
    ' ',
    'null',
    'undefined',
    '[]',
    '{}',
    '"light"',
    '42',
    '{"version":1',
    '{version:1,theme:"dark"}',
    '%7B%22version',
    '%E0%A4%A',
    '{"version":0,"theme":"dark"}',
    '{"version":"1","theme":"dark"}',
    '{"version":2,"theme":"dark","textSize":150}',
    '{"theme":"dark","textSize":150}',
    '{"__proto__":{"version":1},"theme":"dark"}',
    '{"version":1,"constructor":{"prototype":{"polluted":true}}}',
    `{"version":1,"theme":"${'x'.repeat(5000)}"}`,
    JSON.stringify({ version: 1, theme: 'DARK', textSize: 175, spacing: 'yes', reduceMotion: 1, underlineLinks: null }),
    [1, 2, 3],
    { version: 1, theme: { toString: () => 'dark' } },
  ];
  while (out.length < count) {
    const kind = r();
    if (kind < 0.35) {
      let s = '';
      const len = Math.floor(r() * 60);
      for (let i = 0; i < len; i++) s += pick(r, [...chars]);
      out.push(s);
    } else if (kind < 0.75) {
      const obj: Record<string, unknown> = {};
      for (const k of ['version', 'theme', 'textSize', 'spacing', 'reduceMotion', 'underlineLinks', 'plainLanguage']) {
        if (r() < 0.8) obj[k] = r() < 0.5 ? junk() : pick(r, [1, ...readingThemes, ...textSizes, true, false]);
      }
      out.push(JSON.stringify(obj));
    } else {
      // A valid value with one byte cut off or changed.
      const valid = serializeReadingPreferences({
        theme: pick(r, readingThemes),
        textSize: pick(r, textSizes),
        spacing: r() < 0.5,
        reduceMotion: r() < 0.5,
        underlineLinks: r() < 0.5,
      });
      const at = Math.floor(r() * valid.length);
      out.push(r() < 0.5 ? valid.slice(0, at) : valid.slice(0, at) + pick(r, [...chars]) + valid.slice(at + 1));
    }
  }
  return out;
}

function expectValid(prefs: ReturnType<typeof parseReadingPreferences>) {
  expect(readingThemes).toContain(prefs.theme);
  expect(textSizes).toContain(prefs.textSize);
  expect(typeof prefs.spacing).toBe('boolean');
  expect(typeof prefs.reduceMotion).toBe('boolean');
  expect(typeof prefs.underlineLinks).toBe('boolean');
  // plainLanguage is there only once the reader has chosen (a boolean), so the app's register applies before.
  const keys = Object.keys(prefs).filter((k) => k !== 'plainLanguage').sort();
  expect(keys).toEqual(['reduceMotion', 'spacing', 'textSize', 'theme', 'underlineLinks']);
  if ('plainLanguage' in prefs) expect(typeof prefs.plainLanguage).toBe('boolean');
}

// axe over the whole panel in jsdom is slow on a busy 2-core machine.
describe('ReadingPreferences', { timeout: 20_000 }, () => {
  it('shows the current choices with native radios and checkboxes, labelled in Finnish', async () => {
    const { container } = render(<ReadingPreferences />);
    expect(screen.getByRole('heading', { level: 2, name: 'Lukemisen asetukset' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Lukemisen asetukset' })).toBeInTheDocument();
    const size = screen.getByRole('group', { name: 'Tekstin koko' });
    expect(size).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Normaali \(100\s%\)/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Vaalea' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Alleviivaa kaikki linkit' })).not.toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('applies a choice at once to <html> and saves it under the versioned key', async () => {
    const user = userEvent.setup();
    const { container } = render(<ReadingPreferences />);
    await user.click(screen.getByRole('radio', { name: /^150\s%$/ }));
    expect(html()).toHaveAttribute('data-aukio-text-size', '150');
    await user.click(screen.getByRole('radio', { name: 'Tumma' }));
    expect(html()).toHaveAttribute('data-aukio-theme', 'dark');
    await user.click(screen.getByRole('checkbox', { name: /Lisää väliä/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Vähennä liikettä ja animaatioita' }));
    await user.click(screen.getByRole('checkbox', { name: 'Alleviivaa kaikki linkit' }));
    expect(html()).toHaveAttribute('data-aukio-spacing', '');
    expect(html()).toHaveAttribute('data-aukio-motion', 'reduce');
    expect(html()).toHaveAttribute('data-aukio-underline-links', '');
    const stored = JSON.parse(window.localStorage.getItem(READING_PREFERENCES_KEY) ?? 'null');
    expect(READING_PREFERENCES_KEY).toBe('aukio:reading-preferences:v1');
    expect(stored).toEqual({ version: 1, theme: 'dark', textSize: 150, spacing: true, reduceMotion: true, underlineLinks: true });
    expect(screen.getByRole('radio', { name: 'Tumma' })).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is operated with the keyboard: arrow keys move between radios, Space toggles a checkbox', async () => {
    const user = userEvent.setup();
    render(<ReadingPreferences />);
    await user.tab();
    expect(screen.getByRole('radio', { name: /Normaali/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /^125\s%$/ })).toBeChecked();
    expect(html()).toHaveAttribute('data-aukio-text-size', '125');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Vaalea' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(html()).toHaveAttribute('data-aukio-theme', 'high-contrast');
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: /Lisää väliä/ })).toBeChecked();
    expect(html()).toHaveAttribute('data-aukio-spacing', '');
  });

  it('restores the defaults and says so through the live region', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(READING_PREFERENCES_KEY, serializeReadingPreferences({ ...defaultReadingPreferences, textSize: 200, theme: 'dark' }));
    render(
      <AukioProvider locale="en">
        <ReadingPreferences />
      </AukioProvider>,
    );
    expect(screen.getByRole('radio', { name: '200%' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Restore default settings' }));
    expect(screen.getByRole('radio', { name: 'Normal (100%)' })).toBeChecked();
    expect(html()).toHaveAttribute('data-aukio-theme', 'light');
    expect(html()).not.toHaveAttribute('data-aukio-text-size');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Default settings restored.'));
  });

  it('speaks Swedish and leaves the heading out inside a dialog', () => {
    render(
      <AukioProvider locale="sv">
        <ReadingPreferences heading={false} aria-label="Läsinställningar" />
      </AukioProvider>,
    );
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('group', { name: 'Textstorlek' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Hög kontrast' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Stryk under alla länkar' })).toBeInTheDocument();
  });

  it('keeps two panels and other tabs in step', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ReadingPreferences heading="h2" />
        <ReadingPreferences heading="h3" />
      </>,
    );
    await user.click(screen.getAllByRole('radio', { name: 'Tumma' })[0]!);
    for (const radio of screen.getAllByRole('radio', { name: 'Tumma' })) expect(radio).toBeChecked();
    // Another tab saves new preferences.
    const value = serializeReadingPreferences({ ...defaultReadingPreferences, theme: 'auto', underlineLinks: true });
    window.localStorage.setItem(READING_PREFERENCES_KEY, value);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: READING_PREFERENCES_KEY, newValue: value }));
    });
    for (const radio of screen.getAllByRole('radio', { name: 'Laitteen asetuksen mukaan' })) expect(radio).toBeChecked();
    expect(html()).toHaveAttribute('data-aukio-theme', 'auto');
    expect(html()).toHaveAttribute('data-aukio-underline-links', '');
  });

  it('renders the defaults on the server without touching window', () => {
    const out = renderToString(<ReadingPreferences />);
    expect(out).toContain('Lukemisen asetukset');
    expect(out).toMatch(/value="100"[^>]*checked|checked[^>]*value="100"/);
  });

  it('forwards ref and unknown props to the root', () => {
    let node: HTMLElement | null = null;
    render(<ReadingPreferences ref={(n) => { node = n; }} data-testid="prefs" className="mine" />);
    expect(node).toBe(screen.getByTestId('prefs'));
    expect(screen.getByTestId('prefs')).toHaveClass('aukio-reading-preferences', 'mine');
  });
});

describe('plain language switch', { timeout: 20_000 }, () => {
  const demo = defineMessages({
    fi: { 'demo.error': 'Päivämäärän on oltava 1.1.2026 tai myöhemmin' },
    sv: { 'demo.error': 'Datumet måste vara 1.1.2026 eller senare' },
    en: { 'demo.error': 'The date must be 1 January 2026 or later' },
    plain: { fi: { 'demo.error': 'Kirjoita päivä, joka on 1.1.2026 tai myöhemmin' }, en: { 'demo.error': 'Write a date on 1 January 2026 or later' } },
  });
  function Field() {
    return <p>{useStrings(demo)['demo.error']}</p>;
  }

  it('turns the built-in texts of the whole page into plain language, with no wiring in the app, and saves it', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <ReadingPreferences />
        <Field />
      </AukioProvider>,
    );
    const box = screen.getByRole('checkbox', { name: 'Plain language' });
    expect(box).not.toBeChecked();
    expect(screen.getByText('The date must be 1 January 2026 or later')).toBeInTheDocument();
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText('Write a date on 1 January 2026 or later')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(READING_PREFERENCES_KEY)!)).toMatchObject({ version: 1, plainLanguage: true });
    await user.click(box);
    expect(screen.getByText('The date must be 1 January 2026 or later')).toBeInTheDocument();
  });

  it("follows the app's register until the reader chooses, and the reader's choice wins after that", async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="fi" register="plain">
        <ReadingPreferences />
        <Field />
      </AukioProvider>,
    );
    const box = screen.getByRole('checkbox', { name: 'Selkokieli' });
    expect(box).toBeChecked();
    expect(screen.getByText('Kirjoita päivä, joka on 1.1.2026 tai myöhemmin')).toBeInTheDocument();
    // Another preference leaves the register alone.
    await user.click(screen.getByRole('checkbox', { name: 'Alleviivaa kaikki linkit' }));
    expect(screen.getByText('Kirjoita päivä, joka on 1.1.2026 tai myöhemmin')).toBeInTheDocument();
    await user.click(box);
    expect(screen.getByText('Päivämäärän on oltava 1.1.2026 tai myöhemmin')).toBeInTheDocument();
  });

  it('follows the switch in another tab', () => {
    render(
      <AukioProvider locale="en">
        <Field />
      </AukioProvider>,
    );
    expect(screen.getByText('The date must be 1 January 2026 or later')).toBeInTheDocument();
    const value = serializeReadingPreferences({ ...defaultReadingPreferences, plainLanguage: true });
    window.localStorage.setItem(READING_PREFERENCES_KEY, value);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: READING_PREFERENCES_KEY, newValue: value }));
    });
    expect(screen.getByText('Write a date on 1 January 2026 or later')).toBeInTheDocument();
  });

  it('reads a value saved before the switch existed as "no choice", and renders the standard texts on the server', () => {
    expect(parseReadingPreferences('{"version":1,"theme":"dark"}').plainLanguage).toBeUndefined();
    expect(parseReadingPreferences('{"version":1,"plainLanguage":true}').plainLanguage).toBe(true);
    expect(parseReadingPreferences('{"version":1,"plainLanguage":"yes"}').plainLanguage).toBeUndefined();
    expect(serializeReadingPreferences({ ...defaultReadingPreferences })).not.toContain('plainLanguage');
    window.localStorage.setItem(READING_PREFERENCES_KEY, '{"version":1,"plainLanguage":true}');
    expect(renderToString(<AukioProvider locale="en"><Field /></AukioProvider>)).toContain('The date must be 1 January 2026 or later');
  });
});

describe('corrupt storage', { timeout: 20_000 }, () => {
  it('parses 1000 random, corrupt, old and hostile values to valid preferences without throwing', () => {
    for (const value of fuzzValues(1000)) {
      let prefs;
      expect(() => (prefs = parseReadingPreferences(value)), String(value).slice(0, 80)).not.toThrow();
      expectValid(prefs!);
      const attrs = readingPreferenceAttributes(typeof value === 'string' ? value : null);
      for (const name of Object.keys(attrs)) expect(readingPreferenceAttributeNames).toContain(name);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores values of another version and wrong types, field by field', () => {
    expect(parseReadingPreferences('{"version":2,"theme":"dark"}')).toEqual(defaultReadingPreferences);
    expect(parseReadingPreferences('{"theme":"dark"}')).toEqual(defaultReadingPreferences);
    expect(parseReadingPreferences('{"version":1,"theme":"sepia","textSize":"150","spacing":"yes"}')).toEqual({
      ...defaultReadingPreferences,
      textSize: 150,
    });
  });

  it('falls back to the defaults in the component when storage holds garbage', async () => {
    for (const value of ['{"version":1,', 'ÿþ\u0000', '{"version":99,"theme":"dark"}', '[]']) {
      resetReadingPreferencesCache();
      window.localStorage.setItem(READING_PREFERENCES_KEY, value);
      const { unmount } = render(<ReadingPreferences />);
      expect(screen.getByRole('radio', { name: 'Vaalea' })).toBeChecked();
      expect(screen.getByRole('radio', { name: /Normaali/ })).toBeChecked();
      unmount();
    }
  });

  it('keeps working when storage throws', async () => {
    const user = userEvent.setup();
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      render(<ReadingPreferences />);
      await user.click(screen.getByRole('radio', { name: 'Tumma' }));
      expect(html()).toHaveAttribute('data-aukio-theme', 'dark');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});

describe('readingPreferenceAttributes (server rendering)', () => {
  it('reads JSON, a URI-encoded cookie value and a whole Cookie header', () => {
    const value = serializeReadingPreferences({ theme: 'high-contrast', textSize: 200, spacing: true, reduceMotion: true, underlineLinks: false });
    const expected = {
      'data-aukio-theme': 'high-contrast',
      'data-aukio-text-size': '200',
      'data-aukio-spacing': '',
      'data-aukio-motion': 'reduce',
    };
    expect(readingPreferenceAttributes(value)).toEqual(expected);
    expect(readingPreferenceAttributes(encodeURIComponent(value))).toEqual(expected);
    expect(readingPreferenceAttributes(`sid=abc; aukio-reading-preferences=${encodeURIComponent(value)}; x=1`)).toEqual(expected);
    expect(readingPreferenceAttributes(undefined)).toEqual({ 'data-aukio-theme': 'light' });
  });

  it('writes the cookie when asked', async () => {
    const user = userEvent.setup();
    function Probe() {
      const { setPreference } = useReadingPreferences({ cookie: true });
      return (
        <button type="button" onClick={() => setPreference('textSize', 125)}>
          bigger
        </button>
      );
    }
    render(<Probe />);
    await user.click(screen.getByRole('button', { name: 'bigger' }));
    expect(readingPreferenceAttributes(document.cookie)).toMatchObject({ 'data-aukio-text-size': '125' });
    document.cookie = 'aukio-reading-preferences=; max-age=0; path=/';
  });
});
