import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusLabel } from './StatusLabel';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/StatusLabel',
  component: StatusLabel,
  args: { children: 'Luonnos' },
} satisfies Meta<typeof StatusLabel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};
export const Info: Story = { args: { type: 'info', children: 'Käsittelyssä' } };
export const Success: Story = { args: { type: 'success', children: 'Hyväksytty' } };
export const Warning: Story = { args: { type: 'warning', children: 'Odottaa liitettä' } };
export const Error: Story = { args: { type: 'error', children: 'Hylätty' } };
export const AllTypes: Story = {
  render: () => (
    <div className="aukio-story-row">
      <StatusLabel>Luonnos</StatusLabel>
      <StatusLabel type="info">Käsittelyssä</StatusLabel>
      <StatusLabel type="success">Hyväksytty</StatusLabel>
      <StatusLabel type="warning">Odottaa liitettä</StatusLabel>
      <StatusLabel type="error">Hylätty</StatusLabel>
    </div>
  ),
};
export const LongText: Story = {
  args: { type: 'warning', children: 'Odottaa hakijan täydennystä: ajoneuvon rekisteriotteen kopio puuttuu hakemuksen liitteistä' },
};
export const Swedish: Story = { args: { type: 'success', children: 'Godkänd' }, globals: { locale: 'sv' } };
export const English: Story = { args: { type: 'error', children: 'Rejected' }, globals: { locale: 'en' } };

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
          <StatusLabel {...storyArgs(args, story)} />
        </StateCell>
      ))}
      <StateCell label="Swedish" locale="sv">
        <StatusLabel {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <StatusLabel {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
