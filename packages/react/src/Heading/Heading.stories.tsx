import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from './Heading';

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
