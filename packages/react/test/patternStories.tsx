// The pattern stories (docs/patterns/*.stories.tsx) composed for the tests that check every pattern page the
// same way (autocomplete tokens, the help's place). Through import.meta.glob: the docs are outside this package's
// TypeScript project.
import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { AukioProvider } from '../src/i18n';

export type Locale = 'fi' | 'sv' | 'en';
export type ComposedStory = ComponentType<Record<string, unknown>> & { globals?: { locale?: Locale } };

/** Every pattern stories module, by its path from this folder. */
export const patternModules = import.meta.glob<Record<string, unknown>>('../../../docs/patterns/*.stories.tsx', { eager: true });

/** The path of a pattern's stories module in `patternModules`. */
export const patternFile = (pattern: string) => `../../../docs/patterns/${pattern}.stories.tsx`;

/** The composed stories of one module, by story name. */
export function patternStories(mod: unknown): Record<string, ComposedStory> {
  return composeStories(mod as Parameters<typeof composeStories>[0]) as Record<string, ComposedStory>;
}

/** Renders a story in a provider of the story's own language. */
export function renderPatternStory(Story: ComposedStory): { container: HTMLElement; locale: Locale } {
  const locale = Story.globals?.locale ?? 'fi';
  const { container } = render(
    <AukioProvider locale={locale}>
      <Story />
    </AukioProvider>,
  );
  return { container, locale };
}
