import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from './Heading';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Heading',
  component: Heading,
  args: { level: 2, children: 'Asukaspysäköinti' },
} satisfies Meta<typeof Heading>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Levels: Story = {
  render: () => (
    <div>
      <Heading level={1}>Taso 1</Heading>
      <Heading level={2}>Taso 2</Heading>
      <Heading level={3}>Taso 3</Heading>
      <Heading level={4}>Taso 4</Heading>
      <Heading level={5}>Taso 5</Heading>
      <Heading level={6}>Taso 6</Heading>
    </div>
  ),
};
export const SizeDiffersFromLevel: Story = { args: { level: 1, size: 'lg', children: 'Pääotsikko pienellä koolla' } };
export const LongText: Story = {
  args: { level: 1, children: 'Asukaspysäköintitunnuksen hakeminen, uusiminen ja peruuttaminen kantakaupungin pysäköintialueilla' },
};
export const Swedish: Story = { args: { children: 'Invånarparkering' }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: 'Resident parking' }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Levels 1–6" wide>
        {Levels.render?.(args, context)}
      </StateCell>
      <StateCell label="Size differs from level">
        <Heading {...storyArgs(args, SizeDiffersFromLevel)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Heading {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Heading {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
