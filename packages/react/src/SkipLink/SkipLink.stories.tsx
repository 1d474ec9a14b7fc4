import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';
import { useId } from 'react';

const meta = {
  title: 'Components/SkipLink',
  component: SkipLink,
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-page">
        <SkipLink {...args} />
        <header className="aukio-story-header">
          <a href="#etusivu">{t('Kaupungin etusivu')}</a>
        </header>
        <main id="main">
          <h1>{t('Pysäköintitunnuksen hakemus')}</h1>
          <p>{t('Paina sarkainnäppäintä (Tab): ensimmäisenä tulee näkyviin linkki pääsisältöön.')}</p>
        </main>
      </div>
    );
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    layout: 'fullscreen',
    translations: {
      'Kaupungin etusivu': { sv: 'Stadens startsida', en: 'City home page' },
      'Pysäköintitunnuksen hakemus': { sv: 'Ansökan om parkeringstillstånd', en: 'Parking permit application' },
      'Paina sarkainnäppäintä (Tab): ensimmäisenä tulee näkyviin linkki pääsisältöön.': {
        sv: 'Tryck på tabbtangenten (Tab): först visas en länk till huvudinnehållet.',
        en: 'Press the Tab key: a link to the main content shows first.',
      },
      'Siirry hakulomakkeeseen': { sv: 'Gå till ansökningsblanketten', en: 'Go to the application form' },
      'Siirry suoraan asukaspysäköintitunnuksen hakulomakkeeseen ja ohita sivuston päävalikko': {
        sv: 'Gå direkt till blanketten för ansökan om invånarparkeringstillstånd och hoppa över webbplatsens huvudmeny',
        en: 'Go straight to the resident parking permit application form and skip the site’s main menu',
      },
      Sisältö: { sv: 'Innehåll', en: 'Content' },
    },
  },
} satisfies Meta<typeof SkipLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
/**
 * Tab once: the skip link appears; Enter moves focus to the main content. The link is found by its own text in the
 * story's language, or by the built-in text when it has none.
 */
const skipTo =
  (text?: string): Story['play'] =>
  async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    const name = text === undefined ? builtInTexts(context)('skipLink.label') : storyTexts(context)(text);
    const link = within(canvasElement).getByRole('link', { name });
    await expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(within(canvasElement).getByRole('main')).toHaveFocus();
  };

export const Focused: Story = { play: skipTo() };
export const CustomText: Story = { args: { children: 'Siirry hakulomakkeeseen' } };
export const Swedish: Story = { globals: { locale: 'sv' }, play: skipTo() };
export const English: Story = { globals: { locale: 'en' }, play: skipTo() };
export const LongText: Story = {
  args: { children: 'Siirry suoraan asukaspysäköintitunnuksen hakulomakkeeseen ja ohita sivuston päävalikko' },
  play: skipTo('Siirry suoraan asukaspysäköintitunnuksen hakulomakkeeseen ja ohita sivuston päävalikko'),
};

/** A focused skip link over a target of its own (an id from useId, so two copies of the story never share one). */
/** `locale`: the cell's own language; without it, the texts `t` gives (the toolbar's language). */
function FocusedCell({
  label,
  locale,
  t,
  wide,
  children,
}: {
  label: string;
  locale?: 'sv';
  t: ReturnType<typeof storyTexts>;
  wide?: boolean;
  children?: string;
}) {
  const target = useId();
  return (
    <StateCell label={label} force={['focus', 'focus-visible']} hint="shown when you Tab to it" locale={locale} wide={wide}>
      <SkipLink href={`#${target}`}>{children}</SkipLink>
      <p id={target} className="aukio-state-cell__spacer" tabIndex={-1}>
        {locale === 'sv' ? 'Innehåll' : t('Sisältö')}
      </p>
    </StateCell>
  );
}

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Hidden until focused: each cell shows it focused.
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <FocusedCell label="Focused" t={t} />
        <FocusedCell label="Own text, focused" t={t}>
          {t(CustomText.args?.children as string)}
        </FocusedCell>
        <FocusedCell label="Swedish, focused" locale="sv" t={t} />
        <FocusedCell label="Long text, focused" t={t} wide>
          {t(LongText.args?.children as string)}
        </FocusedCell>
      </StateGrid>
    );
  },
};
