import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allMessages, AukioProvider, catalogues, defineMessages, formatPlural, formatString, locales, useStrings } from '.';

const demo = defineMessages({
  fi: { 'demo.hello': 'Hei' },
  sv: { 'demo.hello': 'Hej' },
  en: { 'demo.hello': 'Hello' },
});

function Hello() {
  return <p>{useStrings(demo)['demo.hello']}</p>;
}

describe('catalogues', () => {
  const keysOf = (o: object) => Object.keys(o).sort();
  it.each(locales)('%s has exactly the keys of every other locale, in every namespace', (locale) => {
    for (const ns of allMessages) for (const other of locales) expect(keysOf(ns[locale])).toEqual(keysOf(ns[other]));
    for (const other of locales) expect(keysOf(catalogues[locale])).toEqual(keysOf(catalogues[other]));
  });
  it.each(locales)('%s has no empty strings', (locale) => {
    for (const [key, value] of Object.entries(catalogues[locale])) expect(value.trim(), key).not.toBe('');
  });
  it('keeps every key in exactly one namespace', () => {
    const seen = new Set<string>();
    for (const ns of allMessages) for (const key of Object.keys(ns.en)) {
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
  it('has translations, not copies of the English text, for most keys', () => {
    const same = Object.keys(catalogues.en).filter((k) => catalogues.fi[k as keyof typeof catalogues.fi] === catalogues.en[k as keyof typeof catalogues.en]);
    expect(same.length / Object.keys(catalogues.en).length).toBeLessThan(0.1);
  });
});

describe('AukioProvider', () => {
  it('speaks Finnish without a provider', () => {
    render(<Hello />);
    expect(screen.getByText('Hei')).toBeInTheDocument();
  });
  it('switches locale', () => {
    render(
      <AukioProvider locale="sv">
        <Hello />
      </AukioProvider>,
    );
    expect(screen.getByText('Hej')).toBeInTheDocument();
  });
  it('lets the app override any string', () => {
    render(
      <AukioProvider locale="en" strings={{ 'demo.hello': 'Welcome' } as never}>
        <Hello />
      </AukioProvider>,
    );
    expect(screen.getByText('Welcome')).toBeInTheDocument();
  });
  it('falls back to Finnish for an unknown locale instead of rendering nothing', () => {
    render(
      <AukioProvider locale={'de' as never}>
        <Hello />
      </AukioProvider>,
    );
    expect(screen.getByText('Hei')).toBeInTheDocument();
  });
});

describe('formatString', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(formatString('{count} of {max}', { count: 3, max: 10 })).toBe('3 of 10');
    expect(formatString('{missing}', {})).toBe('{missing}');
  });
});

describe('formatPlural', () => {
  const forms = { one: '{count} character too many', other: '{count} characters too many' };
  it('chooses the plural form by locale rules and formats the number', () => {
    expect(formatPlural('en', 1, forms)).toBe('1 character too many');
    expect(formatPlural('en', 2, forms)).toBe('2 characters too many');
    expect(formatPlural('fi', 1234, { one: '{count} merkki', other: '{count} merkkiä' })).toBe('1\u00a0234 merkkiä');
  });
});
