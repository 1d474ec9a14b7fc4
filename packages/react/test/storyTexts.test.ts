import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { elementTexts, storyTexts } from './storyTexts';

const parameters = {
  translations: {
    Pysäköinti: { sv: 'Parkering', en: 'Parking' },
    Kotikunta: { sv: 'Hemkommun', en: 'Municipality of residence' },
    Helsinki: { sv: 'Helsingfors', en: 'Helsinki' },
  },
};

describe('storyTexts', () => {
  it('returns a story text in the toolbar language', () => {
    expect(storyTexts({ parameters, globals: { locale: 'sv' } })('Pysäköinti')).toBe('Parkering');
    expect(storyTexts({ parameters, globals: { locale: 'en' } })('Pysäköinti')).toBe('Parking');
  });

  it('keeps Finnish, texts without a translation, and stories that set their own language', () => {
    expect(storyTexts({ parameters, globals: { locale: 'fi' } })('Pysäköinti')).toBe('Pysäköinti');
    expect(storyTexts({ parameters, globals: { locale: 'sv' } })('Asuminen')).toBe('Asuminen');
    expect(storyTexts({ parameters, globals: { locale: 'en' }, storyGlobals: { locale: 'sv' } })('Pysäköinti')).toBe('Pysäköinti');
    expect(storyTexts({ parameters: {}, globals: { locale: 'sv' } })('Pysäköinti')).toBe('Pysäköinti');
  });

  it('translates the texts of args and options, not their values, ids or React elements', () => {
    const icon = createElement('svg', { 'aria-hidden': true });
    const args = { label: 'Kotikunta', options: [{ value: 'Helsinki', label: 'Helsinki', id: 'Helsinki' }], icon, type: 'info' };
    expect(storyTexts({ parameters, globals: { locale: 'sv' } })(args)).toEqual({
      label: 'Hemkommun',
      options: [{ value: 'Helsinki', label: 'Helsingfors', id: 'Helsinki' }],
      icon,
      type: 'info',
    });
    expect(storyTexts({ parameters, globals: { locale: 'sv' } })(args).icon).toBe(icon);
  });

  it('translates the texts of a React element arg, and leaves it as it is in Finnish', () => {
    const nav = createElement('nav', { items: [{ label: 'Pysäköinti', href: '#p' }], children: 'Kotikunta' });
    const sv = elementTexts(nav, storyTexts({ parameters, globals: { locale: 'sv' } }));
    expect(sv.props).toEqual({ items: [{ label: 'Parkering', href: '#p' }], children: 'Hemkommun' });
    expect(elementTexts(nav, storyTexts({ parameters, globals: { locale: 'fi' } }))).toBe(nav);
    expect(elementTexts('Pysäköinti', storyTexts({ parameters, globals: { locale: 'sv' } }))).toBe('Pysäköinti');
    const nested = createElement('div', null, createElement('span', null, 'Pysäköinti'), createElement('span', null, 'Asuminen'));
    const nestedSv = elementTexts(nested, storyTexts({ parameters, globals: { locale: 'sv' } }));
    const spans = (nestedSv.props as { children: { props: { children: string } }[] }).children;
    expect(spans.map((child) => child.props.children)).toEqual(['Parkering', 'Asuminen']);
  });
});
