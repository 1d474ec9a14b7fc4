import type { Decorator, Preview } from '@storybook/react-vite';
import { axeRunOptions } from '@aukio/a11y/axe-config';
import { useEffect, type ReactNode } from 'react';
import { AukioProvider, type AukioLocale } from '../packages/react/src';
import '../packages/react/src/styles.css';
import './preview.css';

/** Sets the document language with the locale, as an app does on `<html lang>`. */
function LocaleRoot({ locale, children }: { locale: AukioLocale; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <AukioProvider locale={locale}>{children}</AukioProvider>;
}

const withAukio: Decorator = (Story, context) => (
  <LocaleRoot locale={(context.globals.locale ?? 'fi') as AukioLocale}>
    <Story />
  </LocaleRoot>
);

const preview: Preview = {
  decorators: [withAukio],
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
  },
  initialGlobals: { locale: 'fi' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // Every violation fails the story test in Chromium (npm test), not just a warning in the panel.
      test: 'error',
      // One rule set for jsdom, the browser and teams' audits: see packages/a11y/src/axe-config.js.
      options: axeRunOptions,
    },
    options: {
      storySort: { order: ['Introduction', 'Docs', 'Components'] },
    },
  },
};

export default preview;
