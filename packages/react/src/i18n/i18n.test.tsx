import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AukioProvider, catalogues, formatPlural, formatString, locales, useStrings } from '.';

function SkipText() {
  return <p>{useStrings()['skipLink.label']}</p>;
}

describe('catalogues', () => {
  const keysOf = (o: object) => Object.keys(o).sort();
  it.each(locales)('%s has exactly the keys of every other locale', (locale) => {
    for (const other of locales) expect(keysOf(catalogues[locale]), `${locale} vs ${other}`).toEqual(keysOf(catalogues[other]));
  });
  it.each(locales)('%s has no empty strings', (locale) => {
    for (const [key, value] of Object.entries(catalogues[locale])) expect(value.trim(), key).not.toBe('');
  });
});

describe('AukioProvider', () => {
  it('speaks Finnish without a provider', () => {
    render(<SkipText />);
    expect(screen.getByText('Siirry pääsisältöön')).toBeInTheDocument();
  });
  it('switches locale', () => {
    render(
      <AukioProvider locale="sv">
        <SkipText />
      </AukioProvider>,
    );
    expect(screen.getByText('Hoppa till huvudinnehållet')).toBeInTheDocument();
  });
  it('lets the app override any string', () => {
    render(
      <AukioProvider locale="en" strings={{ 'skipLink.label': 'Skip to the form' }}>
        <SkipText />
      </AukioProvider>,
    );
    expect(screen.getByText('Skip to the form')).toBeInTheDocument();
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
