import type { Decorator, Preview } from '@storybook/react-vite';
import { axeRunOptions } from '@aukio/a11y/axe-config';
import { useEffect, type ReactNode } from 'react';
import { configure } from 'storybook/test';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { AukioProvider, type AukioLocale } from '../packages/react/src';
import '../packages/react/src/styles.css';
import { AukioDocsContainer } from './DocsContainer';
import { DocsTable, DocsTaskBox } from './ScrollRegion';
import { AukioDocsRenderer } from './DocsRenderer';
import { subscribeGlobals } from './globals';
import { containingPreviewGlobals, followContainingPreview } from './nested-preview';
import { withTranslatedArgs } from './translations';
import './preview.css';

/**
 * Story-test mode, fixed at build time by the vitest projects in vite.config.ts (`define`):
 * `light`; `themes` (the story renders once in dark, the addon's axe run checks it, and `axeInHighContrast`
 * below checks it again in high contrast — two themes for one render); `dark` or `high-contrast` alone; or
 * `reflow` (light at 200 % text in a 320 px viewport, selected through the viewport global below).
 * Unset in Storybook itself, where the toolbar decides.
 */
declare const __AUKIO_STORY_MODE__: string | undefined;
const storyMode: string | undefined = typeof __AUKIO_STORY_MODE__ === 'string' ? __AUKIO_STORY_MODE__ : undefined;

// Play functions wait for what a user would wait for (a dialog fading out after the app's 300 ms call, a list
// filtering): Testing Library's default 1 s is shorter than that takes on a loaded 2-core CI machine, where a
// story once failed only because waitFor gave up (ConsentList Revoke, 5.3 s under load). A real failure
// still fails, 5 s later.
if (storyMode) configure({ asyncUtilTimeout: 5000 });

const themes = ['light', 'dark', 'high-contrast'] as const;

/** WCAG 1.4.10 Reflow: 320 CSS px wide (1280 px at 400 % zoom). The story tests' reflow mode selects it. */
const viewports = {
  ...MINIMAL_VIEWPORTS,
  reflow320: { name: 'Reflow: 320 CSS px', styles: { width: '320px', height: '640px' }, type: 'mobile' as const },
};

interface Appearance {
  theme: string;
  textSize: string;
  motion: string;
  spacing: string;
}

function appearanceFor(globals: Record<string, unknown>): Appearance {
  const fromToolbar: Appearance = {
    theme: String(globals.theme ?? 'light'),
    textSize: String(globals.textSize ?? '100'),
    motion: String(globals.motion ?? 'system'),
    spacing: String(globals.spacing ?? 'off'),
  };
  if (!storyMode) return fromToolbar;
  if (storyMode === 'reflow') return { ...fromToolbar, theme: 'light', textSize: '200' };
  if (storyMode === 'themes') return { ...fromToolbar, theme: 'dark' };
  return { ...fromToolbar, theme: storyMode };
}

/**
 * Sets the document language and the reading-preference attributes on <html>, as an app does (through
 * apply-preferences.js or server rendering). With "side by side" the page itself is light; each copy of the
 * story carries its own theme.
 */
function applyAppearance(locale: string, { theme, textSize, motion, spacing }: Appearance) {
  const root = document.documentElement;
  root.lang = locale;
  root.setAttribute('data-aukio-theme', theme === 'side-by-side' ? 'light' : theme);
  if (textSize === '100') root.removeAttribute('data-aukio-text-size');
  else root.setAttribute('data-aukio-text-size', textSize);
  if (motion === 'reduce') root.setAttribute('data-aukio-motion', 'reduce');
  else root.removeAttribute('data-aukio-motion');
  if (spacing === 'on') root.setAttribute('data-aukio-spacing', '');
  else root.removeAttribute('data-aukio-spacing');
  root.removeAttribute('data-aukio-underline-links');
}

// Docs pages follow the toolbar too, including pages with no story on them (Foundations, Docs/*).
if (!storyMode && typeof document !== 'undefined') {
  subscribeGlobals((globals) => applyAppearance(String(globals.locale ?? 'fi'), appearanceFor(globals)));
}

/**
 * Applies the appearance for every story, so a story that changes the preferences (the ReadingPreferences
 * panel) does not leak into the next one.
 */
function StoryRoot({ locale, appearance, storyId, own, children }: { locale: AukioLocale; appearance: Appearance; storyId: string; own?: OwnGlobals; children: ReactNode }) {
  const { theme, textSize, motion, spacing } = appearance;
  useEffect(() => {
    if (!own) applyAppearance(locale, { theme, textSize, motion, spacing });
  }, [own, locale, theme, textSize, motion, spacing, storyId]);
  if (own?.locale) {
    // On a docs page: the page is in the toolbar's language; a story in a language of its own says so itself.
    return (
      <div lang={own.locale}>
        <AukioProvider locale={locale}>{children}</AukioProvider>
      </div>
    );
  }
  return <AukioProvider locale={locale}>{children}</AukioProvider>;
}

/**
 * On a docs page, the story's own language where it sets one (the Swedish and English stories); undefined in
 * the story view, where the story is the page. A docs page's <html> follows the toolbar only: each story set it
 * as it rendered, so the page took the language of its last story in a language of its own.
 */
type OwnGlobals = { locale?: string };
function ownGlobals(context: Parameters<Decorator>[1]): OwnGlobals | undefined {
  if (context.viewMode !== 'docs') return undefined;
  const locale = (context.storyGlobals as Record<string, unknown> | undefined)?.locale;
  return { locale: typeof locale === 'string' ? locale : undefined };
}

const withAukio: Decorator = (Story, context) => {
  const appearance = appearanceFor(context.globals);
  const locale = (context.globals.locale ?? 'fi') as AukioLocale;
  const own = ownGlobals(context);
  if (appearance.theme === 'side-by-side') {
    // The story three times, once per theme, in the story view and on docs pages. Each copy is its own React
    // subtree, so ids made with useId stay unique; ids a story hard-codes repeat, and play functions are written
    // for one copy: a viewing aid only.
    return (
      <StoryRoot locale={locale} appearance={appearance} storyId={context.id} own={own}>
        <div className="aukio-story-themes">
          {themes.map((theme) => (
            <section key={theme} className="aukio-story-theme" data-aukio-theme={theme} aria-label={theme}>
              <p className="aukio-story-theme__name" aria-hidden="true">
                {theme}
              </p>
              <Story />
            </section>
          ))}
        </div>
      </StoryRoot>
    );
  }
  return (
    <StoryRoot locale={locale} appearance={appearance} storyId={context.id} own={own}>
      <Story />
    </StoryRoot>
  );
};

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * No JSON tree or React element internals as a control: a prop whose value is an object, an array, a React
 * element or a function (children as elements, options lists, icons) gets no control unless its story names one.
 * A text prop typed ReactNode (label, hint, error, title) whose value is text gets a text field. Runs after the
 * argTypes are read from the component and the story's args, before Storybook picks the controls.
 */
const objectTypes = ['object', 'array', 'other', 'function', 'union', 'intersection'];
const noObjectControls: ArgTypesEnhancer = Object.assign(
  ({ argTypes, initialArgs }: Parameters<ArgTypesEnhancer>[0]) => {
    const out = { ...argTypes };
    const args = initialArgs ?? {};
    for (const name of new Set([...Object.keys(argTypes), ...Object.keys(args)])) {
      const argType = out[name];
      if (argType?.control !== undefined || argType?.options) continue;
      const type = argType?.type as { name?: string; value?: unknown } | undefined;
      const value = args[name];
      if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
        out[name] = { ...argType, name, control: false as const };
      } else if (type?.name === 'other' && /ReactNode/.test(String(type.value)) && (value === undefined || typeof value === 'string')) {
        out[name] = { ...argType, name, control: 'text' as const };
      } else if (type?.name && objectTypes.includes(type.name)) {
        out[name] = { ...argType, name, control: false as const };
      }
    }
    return out;
  },
  { secondPass: true },
);

type AfterEach = NonNullable<Preview['afterEach']>;

/**
 * Story tests in `themes` mode: after the story has rendered (in dark) and its play function has run, axe
 * checks it once more with the high-contrast theme on <html>, with the same rules and scope as the a11y
 * addon's own run. Any violation fails the story, and the message names the theme.
 */
const axeInHighContrast: AfterEach = async ({ viewMode, parameters }) => {
  const a11y = parameters.a11y as { test?: string; disable?: boolean; options?: object; context?: unknown } | undefined;
  if (viewMode !== 'story' || a11y?.disable || a11y?.test === 'off') return;
  const root = document.documentElement;
  const before = root.getAttribute('data-aukio-theme');
  root.setAttribute('data-aukio-theme', 'high-contrast');
  try {
    const { default: axe } = await import('axe-core');
    axe.reset();
    const result = await axe.run(
      { include: [document.body], exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']] },
      (a11y?.options ?? axeRunOptions) as Parameters<typeof axe.run>[1],
    );
    if (result.violations.length) {
      const lines = result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
      );
      throw new Error(`axe found ${result.violations.length} violation(s) in the high-contrast theme:\n${lines.join('\n')}`);
    }
  } finally {
    if (before) root.setAttribute('data-aukio-theme', before);
    else root.removeAttribute('data-aukio-theme');
  }
};

const preview: Preview = {
  // withTranslatedArgs is inside withAukio: the story's texts in the toolbar's language (./translations.tsx).
  decorators: [withTranslatedArgs, withAukio],
  argTypesEnhancers: [noObjectControls],
  ...(storyMode === 'themes' ? { afterEach: axeInHighContrast } : {}),
  globalTypes: {
    locale: {
      description: 'Language of the built-in texts',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'fi', title: 'suomi' },
          { value: 'sv', title: 'svenska' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: 'Colour theme (data-aukio-theme on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'auto', title: 'Auto (system setting)' },
          { value: 'side-by-side', title: 'Side by side: light, dark, high contrast' },
        ],
      },
    },
    textSize: {
      description: 'Text size (data-aukio-text-size on <html>)',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        dynamicTitle: true,
        items: [
          { value: '100', title: 'Text 100 %' },
          { value: '125', title: 'Text 125 %' },
          { value: '150', title: 'Text 150 %' },
          { value: '200', title: 'Text 200 %' },
        ],
      },
    },
    motion: {
      description: 'Reduced motion (data-aukio-motion on <html>)',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        dynamicTitle: true,
        items: [
          { value: 'system', title: 'Motion: system setting' },
          { value: 'reduce', title: 'Motion: reduced' },
        ],
      },
    },
    spacing: {
      description: 'WCAG 1.4.12 text spacing (data-aukio-spacing on <html>)',
      toolbar: {
        title: 'Spacing',
        icon: 'paragraph',
        dynamicTitle: true,
        items: [
          { value: 'off', title: 'Spacing: normal' },
          { value: 'on', title: 'Spacing: increased (1.4.12)' },
        ],
      },
    },
  },
  initialGlobals: {
    locale: 'fi',
    theme: 'light',
    textSize: '100',
    motion: 'system',
    spacing: 'off',
    ...(storyMode === 'reflow' ? { viewport: { value: 'reflow320', isRotated: false } } : {}),
  },
  parameters: {
    viewport: { options: viewports },
    layout: 'padded',
    docs: {
      container: AukioDocsContainer,
      components: { table: DocsTable, input: DocsTaskBox },
      // Re-renders a page in place when the toolbar changes (DocsRenderer.tsx says why).
      renderer: async () => new AukioDocsRenderer(),
    },
    controls: { expanded: true },
    a11y: {
      // Every violation fails the story test in Chromium (npm test), not just a warning in the panel.
      test: 'error',
      // One rule set for jsdom, the browser and teams' audits: see packages/a11y/src/axe-config.js.
      options: axeRunOptions,
    },
    options: {
      storySort: { order: ['Introduction', 'Docs', 'Foundations', 'Components', 'Patterns'] },
    },
  },
};

// A story in an iframe of its own on a docs page (the examples, `docs.story.inline: false`) takes the toolbar's
// globals of the docs page around it, on loading and on every change (./nested-preview.ts).
if (!storyMode) {
  const toolbarGlobals = Object.keys(preview.globalTypes ?? {});
  preview.initialGlobals = { ...preview.initialGlobals, ...containingPreviewGlobals(toolbarGlobals) };
  followContainingPreview(toolbarGlobals);
}

export default preview;
