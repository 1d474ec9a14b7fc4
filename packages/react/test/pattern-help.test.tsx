// WCAG 3.2.6 Consistent Help over every pattern story: each pattern page shows the help element (ServiceHelp)
// once, in the same place (after the page's content, the last part of the page frame) and with the same ways
// in the same relative order as on every other pattern page. Also: the pages that ask a resident to sign in or
// start online (start, sign-in required) show the other ways to get the matter done before that button.
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogues } from '../src/i18n';
import { ServiceHelp } from '../src/ServiceHelp';
import { patternFile, patternModules as modules, patternStories, renderPatternStory, type Locale } from './patternStories';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** What is wrong with the help on a rendered pattern page, and the ways it lists in order. */
export function helpProblems(container: HTMLElement, locale: Locale): { problems: string[]; ways: string[] } {
  const problems: string[] = [];
  const frames = container.querySelectorAll('.aukio-pattern-page');
  if (frames.length !== 1) return { problems: [`${frames.length} pattern page frames (PatternPage from docs/patterns/helpers.tsx), expected 1`], ways: [] };
  const frame = frames[0]!;
  const helps = container.querySelectorAll('.aukio-service-help');
  if (helps.length !== 1) problems.push(`${helps.length} help elements, expected 1`);
  const help = helps[0];
  if (!help) return { problems, ways: [] };
  if (frame.lastElementChild !== help) problems.push('the help is not the last part of the page frame (after the content)');
  const content = frame.querySelector('.aukio-pattern-page__content');
  if (!content || !(content.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING) || content.contains(help)) {
    problems.push('the help does not come after the page content');
  }
  const heading = help.querySelector('h1, h2, h3, h4, h5, h6')?.textContent;
  if (heading !== catalogues[locale]['serviceHelp.heading']) problems.push(`help heading "${heading}"`);
  const ways = [...help.querySelectorAll('[data-way]')].map((el) => el.getAttribute('data-way') ?? '');
  return { problems, ways };
}

const waysSeen: Record<string, string> = {};

describe('the help on every pattern page (WCAG 3.2.6)', () => {
  const all = Object.entries(modules);
  it('finds the pattern stories', () => {
    expect(all.length).toBeGreaterThan(5);
  });
  for (const [file, mod] of all) {
    describe(file.replace('../../../docs/patterns/', ''), () => {
      for (const [storyName, Story] of Object.entries(patternStories(mod))) {
        it(`${storyName}: the help once, after the content, with the same ways`, () => {
          vi.spyOn(console, 'warn').mockImplementation(() => {});
          const { container, locale } = renderPatternStory(Story);
          const { problems, ways } = helpProblems(container, locale);
          expect(problems).toEqual([]);
          expect(ways.length).toBeGreaterThan(0);
          waysSeen[`${file} > ${storyName}`] = ways.join(' > ');
        });
      }
    });
  }

  it('lists the same ways in the same relative order on every pattern page', () => {
    const orders = new Set(Object.values(waysSeen));
    expect(Object.keys(waysSeen).length).toBeGreaterThan(10);
    expect([...orders]).toHaveLength(1);
  });

  it('fails a page whose help is missing, doubled or before the content', () => {
    const page = (children: ReactNode) =>
      render(
        <div className="aukio-pattern-page">
          {children}
        </div>,
      ).container;
    const before = page(
      <>
        <ServiceHelp phone={{ number: '09 123 4567' }} />
        <div className="aukio-pattern-page__content">
          <h1>Otsikko</h1>
        </div>
      </>,
    );
    expect(helpProblems(before, 'fi').problems).toEqual(['the help is not the last part of the page frame (after the content)', 'the help does not come after the page content']);
    cleanup();
    const none = page(<div className="aukio-pattern-page__content" />);
    expect(helpProblems(none, 'fi').problems).toEqual(['0 help elements, expected 1']);
  });
});

describe('other ways before the sign-in or start button', () => {
  const cases: Array<[string, RegExp]> = [
    ['StartService', /^(Aloita hakemus|Börja ansökan|Start application)$/],
    ['SignInRequired', /^(Kirjaudu sisään|Logga in|Sign in)$/],
  ];
  const headings: Record<Locale, RegExp> = { fi: /^Muut tavat/, sv: /^Andra sätt/, en: /^Other ways/ };
  for (const [pattern, button] of cases) {
    for (const [storyName, Story] of Object.entries(patternStories(modules[patternFile(pattern)]))) {
      it(`${pattern} > ${storyName}: phone, visit, post and someone acting for you come first`, () => {
        const { container, locale } = renderPatternStory(Story);
        const heading = [...container.querySelectorAll('h2')].find((h) => headings[locale].test(h.textContent ?? ''));
        const action = [...container.querySelectorAll('a')].find((a) => button.test(a.textContent ?? ''));
        expect(heading, 'other ways heading').toBeTruthy();
        expect(action, 'the button').toBeTruthy();
        expect(heading!.compareDocumentPosition(action!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        const ways = heading!.parentElement!;
        expect(ways.querySelector('a[href^="tel:"]')).not.toBeNull();
        expect(ways.textContent).toMatch(/Suomi\.fi/);
        expect(ways.querySelectorAll('li')).toHaveLength(4);
      });
    }
  }
});
