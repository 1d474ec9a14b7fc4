import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Tag } from './Tag';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Tag',
  component: Tag,
  args: { children: 'Pysäköinti' },
} satisfies Meta<typeof Tag>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};
export const Info: Story = { args: { variant: 'info', children: 'Uusi' } };
export const Success: Story = { args: { variant: 'success', children: 'Voimassa' } };
export const Warning: Story = { args: { variant: 'warning', children: 'Vanhenee pian' } };
export const Error: Story = { args: { variant: 'error', children: 'Vanhentunut' } };
export const AsLink: Story = {
  render: () => (
    <div className="aukio-story-row">
      <Tag href="#pysakointi">Pysäköinti</Tag>
      <Tag href="#asuminen" variant="info">
        Asuminen
      </Tag>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Pysäköinti' })).toHaveFocus();
  },
};
export const AllVariants: Story = {
  render: () => (
    <div className="aukio-story-row">
      <Tag>Neutraali</Tag>
      <Tag variant="info">Tiedote</Tag>
      <Tag variant="success">Voimassa</Tag>
      <Tag variant="warning">Vanhenee pian</Tag>
      <Tag variant="error">Vanhentunut</Tag>
    </div>
  ),
};
export const LongText: Story = { args: { children: 'Asukaspysäköintitunnukset ja yrityspysäköintitunnukset kantakaupungin alueella' } };
export const Swedish: Story = { args: { children: 'Parkering' }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: 'Parking' }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      {(
        [
          ['Neutral', Neutral],
          ['Info', Info],
          ['Success', Success],
          ['Warning', Warning],
          ['Error', Error],
        ] as const
      ).map(([label, story]) => (
        <StateCell key={label} label={label}>
          <Tag {...storyArgs(args, story)} />
        </StateCell>
      ))}
      <InteractionCells label="Link">
        <Tag href="#pysakointi">Pysäköinti</Tag>
      </InteractionCells>
      <StateCell label="Swedish" locale="sv">
        <Tag {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Tag {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
