// Every story is rendered to HTML with renderToString, put into the page as a server would send it, and
// hydrated with hydrateRoot in Chromium, under StrictMode. Any hydration mismatch, recoverable error or
// React warning fails the story.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { StrictMode, type ComponentType } from 'react';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as preview from '../../.storybook/preview';

setProjectAnnotations(preview);

const modules = import.meta.glob<Record<string, unknown>>('../../packages/react/src/**/*.stories.tsx', { eager: true });

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

for (const [file, mod] of Object.entries(modules)) {
  const stories = composeStories(mod as Parameters<typeof composeStories>[0]) as Record<string, ComponentType>;
  describe(file.replace('../../packages/react/src/', ''), () => {
    for (const [name, Story] of Object.entries(stories)) {
      it(`${name} hydrates without errors or warnings`, async () => {
        const problems: string[] = [];
        const record = (...args: unknown[]) => problems.push(args.map(String).join(' '));
        vi.spyOn(console, 'error').mockImplementation(record);
        vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
          // Aukio's own development warnings are tested elsewhere; React's are what this test is for.
          if (!String(args[0]).startsWith('[Aukio]')) record(...args);
        });
        const element = (
          <StrictMode>
            <Story />
          </StrictMode>
        );
        const container = document.createElement('div');
        container.innerHTML = renderToString(element);
        document.body.append(container);
        let root: ReturnType<typeof hydrateRoot> | undefined;
        await act(async () => {
          root = hydrateRoot(container, element, {
            onRecoverableError: (error) => problems.push(`recoverable: ${String(error)}`),
          });
        });
        await act(async () => {
          await new Promise((r) => setTimeout(r, 0));
        });
        expect(problems).toEqual([]);
        await act(async () => root?.unmount());
      });
    }
  });
}
