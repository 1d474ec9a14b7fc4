import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Tag } from '../Tag';
import { Grid } from './Grid';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { elementTexts, storyTexts } from '../../test/storyTexts';

const cells = (n: number, word = 'Solu') => Array.from({ length: n }, (_, i) => <Tag key={i}>{`${word} ${i + 1}`}</Tag>);

const meta = {
  title: 'Components/Grid',
  component: Grid,
  args: { children: cells(6) },
  // The main props as controls (the docs page's controls change the canvas above them).
  argTypes: {
    columns: { control: 'inline-radio', options: [1, 2, 3, 4, 6] },
    gap: { control: 'select', options: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
  },
  // The children are elements: their texts in the toolbar's language through elementTexts.
  render: (args, context) => <Grid {...args} children={elementTexts(args.children, storyTexts(context))} />,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`Solu ${i + 1}`, { sv: `Cell ${i + 1}`, en: `Cell ${i + 1}` }])),
      Asukaspysäköinti: { sv: 'Invånarparkering', en: 'Resident parking' },
      Yrityspysäköinti: { sv: 'Företagsparkering', en: 'Business parking' },
      Huoltoajo: { sv: 'Servicekörning', en: 'Service driving' },
      Pitkä_sana_ilman_välilyöntejä_joka_ei_saa_leventää_ruudukkoa_yhtään: {
        sv: 'Ett_långt_ord_utan_mellanslag_som_inte_får_göra_rutnätet_bredare',
        en: 'A_long_word_without_spaces_that_must_not_widen_the_grid_at_all',
      },
    },
  },
} satisfies Meta<typeof Grid>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ThreeColumns: Story = {};
export const TwoColumns: Story = { args: { columns: 2 } };
export const FourColumns: Story = { args: { columns: 4, children: cells(8) } };
export const SixColumns: Story = { args: { columns: 6, gap: 2, children: cells(12) } };
export const OneColumn: Story = { args: { columns: 1, children: cells(3) } };
export const Links: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Grid as="ul" columns={3}>
        <li>
          <a href="#a">{t('Asukaspysäköinti')}</a>
        </li>
        <li>
          <a href="#b">{t('Yrityspysäköinti')}</a>
        </li>
        <li>
          <a href="#c">{t('Huoltoajo')}</a>
        </li>
      </Grid>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: storyTexts(context)('Asukaspysäköinti') })).toHaveFocus();
  },
};
export const LongText: Story = {
  args: { children: [<p key="long">Pitkä_sana_ilman_välilyöntejä_joka_ei_saa_leventää_ruudukkoa_yhtään</p>, ...cells(2)] },
};
export const Swedish: Story = { args: { children: cells(3, 'Cell') }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: cells(3, 'Cell') }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      {(
        [
          ['One column', OneColumn],
          ['Two columns', TwoColumns],
          ['Three columns', ThreeColumns],
          ['Four columns', FourColumns],
          ['Six columns, small gap', SixColumns],
        ] as const
      ).map(([label, story]) => (
        <StateCell key={label} label={label} wide>
          <Grid {...storyArgs(args, story)} children={elementTexts(storyArgs(args, story).children, storyTexts(context))} />
        </StateCell>
      ))}
      <StateCell label="A list of links" wide>
        {Links.render?.(args, context)}
      </StateCell>
      <StateCell label="Swedish" locale="sv" wide>
        <Grid {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Grid {...storyArgs(args, LongText)} children={elementTexts(LongText.args?.children, storyTexts(context))} />
      </StateCell>
    </StateGrid>
  ),
};
