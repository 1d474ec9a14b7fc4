import type { Meta, StoryObj } from '@storybook/react-vite';
import { Container } from './Container';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { elementTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Container',
  component: Container,
  args: { children: <p>Sisältö asettuu keskelle ja sen leveys on rajattu.</p> },
  // The children are elements: their texts in the toolbar's language through elementTexts.
  render: (args, context) => <Container {...args} children={elementTexts(args.children, storyTexts(context))} />,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    layout: 'fullscreen',
    translations: {
      'Sisältö asettuu keskelle ja sen leveys on rajattu.': { sv: 'Innehållet centreras och dess bredd är begränsad.', en: 'The content is centred and its width is limited.' },
      Asukaspysäköinti: { sv: 'Invånarparkering', en: 'Resident parking' },
      'Asukaspysäköintitunnuksen voi saada henkilö, jonka vakinainen osoite on asukaspysäköintialueella. Pitkä_sana_ilman_välilyöntejä_joka_ei_saa_leventää_sivua_yhtään_pysäköintitunnushakemus.':
        {
          sv: 'Invånarparkeringstillstånd kan ges till en person vars stadigvarande adress ligger i ett invånarparkeringsområde. Ett_långt_ord_utan_mellanslag_som_inte_får_göra_sidan_bredare_parkeringstillståndsansökan.',
          en: 'A resident parking permit can be given to a person whose permanent address is in a resident parking area. A_long_word_without_spaces_that_must_not_widen_the_page_at_all_parkingpermitapplication.',
        },
    },
  },
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
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
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
          <Container {...storyArgs(args, story)} children={elementTexts(storyArgs(args, story).children, storyTexts(context))} />
        </StateCell>
      ))}
      <StateCell label="Swedish" locale="sv" wide>
        <Container {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Container {...storyArgs(args, LongText)} children={elementTexts(LongText.args?.children, storyTexts(context))} />
      </StateCell>
    </StateGrid>
  ),
};
