import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';
import { useId } from 'react';

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

/** A focused skip link over a target of its own (an id from useId, so two copies of the story never share one). */
function FocusedCell({ label, locale, wide, children }: { label: string; locale: 'fi' | 'sv'; wide?: boolean; children?: string }) {
  const target = useId();
  return (
    <StateCell label={label} force={['focus', 'focus-visible']} hint="shown when you Tab to it" locale={locale} wide={wide}>
      <SkipLink href={`#${target}`}>{children}</SkipLink>
      <p id={target} className="aukio-state-cell__spacer" tabIndex={-1}>
        {locale === 'sv' ? 'Innehåll' : 'Sisältö'}
      </p>
    </StateCell>
  );
}

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Hidden until focused: each cell shows it focused.
  render: () => (
    <StateGrid>
      <FocusedCell label="Focused" locale="fi" />
      <FocusedCell label="Own text, focused" locale="fi">
        {CustomText.args?.children as string}
      </FocusedCell>
      <FocusedCell label="Swedish, focused" locale="sv" />
      <FocusedCell label="Long text, focused" locale="fi" wide>
        {LongText.args?.children as string}
      </FocusedCell>
    </StateGrid>
  ),
};
