import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Tag } from '../Tag';
import { Grid } from './Grid';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

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
} satisfies Meta<typeof Grid>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ThreeColumns: Story = {};
export const TwoColumns: Story = { args: { columns: 2 } };
export const FourColumns: Story = { args: { columns: 4, children: cells(8) } };
export const SixColumns: Story = { args: { columns: 6, gap: 2, children: cells(12) } };
export const OneColumn: Story = { args: { columns: 1, children: cells(3) } };
export const Links: Story = {
  render: () => (
    <Grid as="ul" columns={3}>
      <li>
        <a href="#a">Asukaspysäköinti</a>
      </li>
      <li>
        <a href="#b">Yrityspysäköinti</a>
      </li>
      <li>
        <a href="#c">Huoltoajo</a>
      </li>
    </Grid>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Asukaspysäköinti' })).toHaveFocus();
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
          <Grid {...storyArgs(args, story)} />
        </StateCell>
      ))}
      <StateCell label="A list of links" wide>
        {Links.render?.(args, context)}
      </StateCell>
      <StateCell label="Swedish" locale="sv" wide>
        <Grid {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Grid {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
