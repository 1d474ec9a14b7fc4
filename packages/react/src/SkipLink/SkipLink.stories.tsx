import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/SkipLink',
  component: SkipLink,
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <div className="aukio-story-page">
      <SkipLink {...args} />
      <header className="aukio-story-header">
        <a href="#etusivu">Kaupungin etusivu</a>
      </header>
      <main id="main">
        <h1>Pysäköintitunnuksen hakemus</h1>
        <p>Paina sarkainnäppäintä (Tab): ensimmäisenä tulee näkyviin linkki pääsisältöön.</p>
      </main>
    </div>
  ),
} satisfies Meta<typeof SkipLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
/** Tab once: the skip link appears; Enter moves focus to the main content. */
const skipTo =
  (name: string): Story['play'] =>
  async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link', { name });
    await expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(within(canvasElement).getByRole('main')).toHaveFocus();
  };

export const Focused: Story = { play: skipTo('Siirry pääsisältöön') };
export const CustomText: Story = { args: { children: 'Siirry hakulomakkeeseen' } };
export const Swedish: Story = { globals: { locale: 'sv' }, play: skipTo('Hoppa till huvudinnehållet') };
export const English: Story = { globals: { locale: 'en' }, play: skipTo('Skip to main content') };
export const LongText: Story = {
  args: { children: 'Siirry suoraan asukaspysäköintitunnuksen hakulomakkeeseen ja ohita sivuston päävalikko' },
  play: skipTo('Siirry suoraan asukaspysäköintitunnuksen hakulomakkeeseen ja ohita sivuston päävalikko'),
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Hidden until focused: each cell shows it focused, over a target of its own.
  render: (args) => (
    <StateGrid>
      {(
        [
          ['Focused', 'fi', undefined],
          ['Own text, focused', 'fi', CustomText.args?.children],
          ['Swedish, focused', 'sv', undefined],
          ['Long text, focused', 'fi', LongText.args?.children],
        ] as const
      ).map(([label, locale, text], i) => (
        <StateCell key={label} label={label} force={['focus', 'focus-visible']} hint="shown when you Tab to it" locale={locale} wide={i === 3}>
          <SkipLink {...args} href={`#states-skip-${i}`}>
            {text}
          </SkipLink>
          <p id={`states-skip-${i}`} className="aukio-state-cell__spacer" tabIndex={-1}>
            {locale === 'sv' ? 'Innehåll' : 'Sisältö'}
          </p>
        </StateCell>
      ))}
    </StateGrid>
  ),
};
