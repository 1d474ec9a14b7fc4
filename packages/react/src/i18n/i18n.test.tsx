import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  allMessages,
  AukioProvider,
  catalogues,
  defineMessages,
  formatPlural,
  formatString,
  locales,
  messagesFor,
  plainCatalogues,
  useStrings,
} from '.';

const demo = defineMessages({
  fi: { 'demo.hello': 'Hei', 'demo.bye': 'Näkemiin' },
  sv: { 'demo.hello': 'Hej', 'demo.bye': 'Adjö' },
  en: { 'demo.hello': 'Hello', 'demo.bye': 'Goodbye' },
  plain: { fi: { 'demo.hello': 'Hei, tervetuloa' }, en: { 'demo.hello': 'Hi' } },
});

function Hello() {
  const t = useStrings(demo);
  return <p>{`${t['demo.hello']} / ${t['demo.bye']}`}</p>;
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
  it.each(locales)('%s has the same keys in the plain register, and plain rewrites only keys that exist', (locale) => {
    const keysOf2 = (o: object) => Object.keys(o).sort();
    expect(keysOf2(plainCatalogues[locale])).toEqual(keysOf2(catalogues[locale]));
    for (const ns of allMessages) {
      const plain = (ns as { plain?: Partial<Record<string, Record<string, string>>> }).plain?.[locale] ?? {};
      for (const [key, value] of Object.entries(plain)) {
        expect(Object.keys(ns[locale]), key).toContain(key);
        expect(value.trim(), key).not.toBe('');
        // Placeholders are filled by the same code in both registers: a rewrite keeps every one of them.
        const holes = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
        expect(holes(value), key).toEqual(holes((ns[locale] as Record<string, string>)[key]!));
      }
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
    expect(screen.getByText('Hei / Näkemiin')).toBeInTheDocument();
  });
  it('switches locale', () => {
    render(
      <AukioProvider locale="sv">
        <Hello />
      </AukioProvider>,
    );
    expect(screen.getByText('Hej / Adjö')).toBeInTheDocument();
  });
  it('lets the app override any string', () => {
    render(
      <AukioProvider locale="en" strings={{ 'demo.hello': 'Welcome' } as never}>
        <Hello />
      </AukioProvider>,
    );
    expect(screen.getByText('Welcome / Goodbye')).toBeInTheDocument();
  });
  it('speaks the plain register when asked, with the standard text for keys that have no rewrite', () => {
    render(
      <AukioProvider locale="en" register="plain">
        <Hello />
      </AukioProvider>,
    );
    expect(screen.getByText('Hi / Goodbye')).toBeInTheDocument();
  });
  it('renders the plain register on the server', () => {
    expect(renderToString(<AukioProvider locale="fi" register="plain"><Hello /></AukioProvider>)).toContain('Hei, tervetuloa / Näkemiin');
  });
  it('shows a change of overrides, register or locale in every field at once', () => {
    const fields = (
      <>
        <Hello />
        <Hello />
      </>
    );
    const { rerender } = render(<AukioProvider locale="en" strings={{ 'demo.bye': 'Bye' } as never}>{fields}</AukioProvider>);
    expect(screen.getAllByText('Hello / Bye')).toHaveLength(2);
    rerender(<AukioProvider locale="en" strings={{ 'demo.bye': 'See you' } as never}>{fields}</AukioProvider>);
    expect(screen.getAllByText('Hello / See you')).toHaveLength(2);
    rerender(<AukioProvider locale="en" register="plain" strings={{ 'demo.bye': 'See you' } as never}>{fields}</AukioProvider>);
    expect(screen.getAllByText('Hi / See you')).toHaveLength(2);
    rerender(<AukioProvider locale="sv" register="plain">{fields}</AukioProvider>);
    expect(screen.getAllByText('Hej / Adjö')).toHaveLength(2);
  });
  it('keeps nested providers apart', () => {
    render(
      <AukioProvider locale="en">
        <Hello />
        <AukioProvider locale="en" register="plain">
          <Hello />
        </AukioProvider>
      </AukioProvider>,
    );
    expect(screen.getByText('Hello / Goodbye')).toBeInTheDocument();
    expect(screen.getByText('Hi / Goodbye')).toBeInTheDocument();
  });
  it('gives a server the same texts without React', () => {
    expect(messagesFor(demo, 'en', 'plain')).toEqual({ 'demo.hello': 'Hi', 'demo.bye': 'Goodbye' });
    expect(messagesFor(demo, 'sv', 'plain')).toBe(demo.sv);
    expect(messagesFor(demo, 'fi')).toBe(demo.fi);
  });
  it('falls back to Finnish for an unknown locale instead of rendering nothing', () => {
    render(
      <AukioProvider locale={'de' as never}>
        <Hello />
      </AukioProvider>,
    );
    expect(screen.getByText('Hei / Näkemiin')).toBeInTheDocument();
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
