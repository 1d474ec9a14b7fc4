import type { Meta, StoryObj } from '@storybook/react-vite';
import { Container } from './Container';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Container',
  component: Container,
  parameters: { layout: 'fullscreen' },
  args: { children: <p>Sisältö asettuu keskelle ja sen leveys on rajattu.</p> },
} satisfies Meta<typeof Container>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Narrow: Story = { args: { size: 'narrow' } };
export const Wide: Story = { args: { size: 'wide' } };
export const Full: Story = { args: { size: 'full' } };
export const AsArticle: Story = { args: { as: 'article', children: <h2>Asukaspysäköinti</h2> } };
export const LongText: Story = {
  args: {
    children: (
      <p>
        Asukaspysäköintitunnuksen voi saada henkilö, jonka vakinainen osoite on asukaspysäköintialueella.
        Pitkä_sana_ilman_välilyöntejä_joka_ei_saa_leventää_sivua_yhtään_pysäköintitunnushakemus.
      </p>
    ),
  },
};
export const Swedish: Story = { args: { children: <p>Innehållet centreras.</p> }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: <p>The content is centred.</p> }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      {(
        [
          ['Default', Default],
          ['Narrow', Narrow],
          ['Wide', Wide],
          ['Full', Full],
          ['As an article', AsArticle],
        ] as const
      ).map(([label, story]) => (
        <StateCell key={label} label={label} wide>
          <Container {...storyArgs(args, story)} />
        </StateCell>
      ))}
      <StateCell label="Swedish" locale="sv" wide>
        <Container {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Container {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
