// Property-based robustness over every story: the story's text props (labels, hints, errors, children…)
// are replaced with random valid text — unicode, right-to-left scripts, very long words, markup-like
// strings, empty optional texts — and each story is rendered twice on one page. For every case: nothing
// throws, every control has an accessible name, generated ids are unique across the two instances, and
// app text is rendered as text (markup never becomes elements). One case per story also runs jest-axe.
import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import fc from 'fast-check';
import type { ComponentType } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AukioProvider } from '../src/i18n';
import { axe } from './axe';

const modules = import.meta.glob<Record<string, unknown>>('../src/*/*.stories.tsx', { eager: true });
const sources = import.meta.glob<string>('../src/*/*.stories.tsx', { eager: true, query: '?raw', import: 'default' });

/** Props that carry the app's text. Only these are fuzzed: other strings (type, variant…) are enumerations. */
const textProps = new Set(['label', 'legend', 'hint', 'error', 'children', 'title', 'description', 'caption', 'heading', 'message', 'serviceName', 'prefix', 'suffix', 'body', 'confirmLabel', 'placeholder']);
/** Texts that name something and so must not be empty. */
const requiredText = new Set(['label', 'legend', 'title', 'caption', 'heading', 'serviceName', 'confirmLabel', 'children']);

const markup = ['<b>bold</b>', '<img src=x onerror="alert(1)">', '<script>alert(1)</script>', '&lt;tag&gt; & "quotes"', '{{template}}'];
const visible = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.constantFrom('Äiti ja Åke', 'مرحبا بالعالم', 'שלום עולם', '日本語のラベル', 'Ελληνικά', '👩‍👩‍👧 perhe'),
    fc.constantFrom(...markup),
    fc.constant(`${'Pitkäsanaisuusominaisuus'.repeat(12)} ${'a'.repeat(300)}`),
  )
  .filter((s) => s.trim().length > 0);
const optional = fc.oneof(visible, fc.constant(''));

const controls =
  'input:not([type=hidden]), select, textarea, button, a[href], [role=button], [role=checkbox], [role=radio], [role=combobox], [role=tab], [role=menuitem], [role=switch], [role=slider], [role=textbox], [role=listbox], [role=option]';

afterEach(() => vi.restoreAllMocks());

const stats = { stories: 0, cases: 0, perComponent: {} as Record<string, { stories: number; cases: number }> };

declare const process: { env: Record<string, string | undefined> };
afterAll(async () => {
  // npm run reliability asks for the figures (scripts/reliability-report.mjs).
  const out = process.env.AUKIO_FUZZ_STATS;
  if (out) {
    const { writeFileSync } = await import(/* @vite-ignore */ 'node:fs');
    writeFileSync(out, JSON.stringify(stats));
  }
});

for (const [file, mod] of Object.entries(modules)) {
  const source = sources[file] ?? '';
  const stories = composeStories(mod as Parameters<typeof composeStories>[0]) as Record<string, ComponentType<Record<string, unknown>> & { args?: Record<string, unknown>; globals?: { locale?: 'fi' | 'sv' | 'en' } }>;
  describe(file.replace('../src/', ''), () => {
    for (const [name, Story] of Object.entries(stories)) {
      const textArgs = Object.entries(Story.args ?? {}).filter(([k, v]) => textProps.has(k) && typeof v === 'string');
      it(`${name}: random text props render safely, named, with unique ids`, async () => {
        vi.spyOn(console, 'warn').mockImplementation(() => {});
        stats.stories++;
        const component = file.replace('../src/', '').split('/')[0] as string;
        const own = (stats.perComponent[component] ??= { stories: 0, cases: 0 });
        own.stories++;
        const record = fc.record(Object.fromEntries(textArgs.map(([k]) => [k, requiredText.has(k) ? visible : optional])));
        let axed = false;
        await fc.assert(
          fc.asyncProperty(record, async (overrides) => {
            stats.cases++;
            own.cases++;
            const { container, unmount } = render(
              <AukioProvider locale={Story.globals?.locale ?? 'fi'}>
                <Story {...overrides} />
                <Story {...overrides} />
              </AukioProvider>,
            );
            try {
              for (const el of container.querySelectorAll<HTMLElement>(controls)) {
                if (el.closest('[hidden], [aria-hidden="true"]') || (el as HTMLInputElement).disabled) continue;
                expect(el).toHaveAccessibleName();
              }
              const ids = [...container.querySelectorAll('[id]')].map((el) => el.id).filter((id) => !source.includes(id));
              expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
              for (const value of Object.values(overrides)) {
                if (markup.includes(value as string)) {
                  expect(container.querySelector('img[src="x"], script')).toBeNull();
                }
              }
            } finally {
              unmount();
            }
            if (!axed) {
              // One instance alone: two copies of a page-level story repeat its landmarks by design.
              axed = true;
              const single = render(
                <AukioProvider locale={Story.globals?.locale ?? 'fi'}>
                  <Story {...overrides} />
                </AukioProvider>,
              );
              try {
                expect(await axe(single.container)).toHaveNoViolations();
              } finally {
                single.unmount();
              }
            }
          }),
          { numRuns: textArgs.length ? 4 : 1, endOnFailure: true },
        );
        // A States story (tag visual) renders every state of its component at once: more time, not fewer checks.
      }, (Story as { tags?: string[] }).tags?.includes('visual') ? 60_000 : undefined);
    }
  });
}

it('fuzzed every story', () => {
  expect(Object.keys(modules).length).toBeGreaterThan(0);
});
