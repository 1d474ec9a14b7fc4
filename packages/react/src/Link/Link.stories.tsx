import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Link } from './Link';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Link',
  component: Link,
  args: { href: '#pysakointi', children: 'Asukaspysäköinti' },
} satisfies Meta<typeof Link>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Inline: Story = {
  render: (args) => (
    <p>
      Lue lisää sivulta <Link {...args} /> ennen kuin haet tunnusta.
    </p>
  ),
};
export const Standalone: Story = { args: { variant: 'standalone', children: 'Kaikki pysäköintipalvelut' } };
export const External: Story = {
  args: { href: 'https://www.traficom.fi', external: true, children: 'Traficom' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName('Traficom (ulkoinen sivusto)');
  },
};
export const NewTab: Story = { args: { href: '#ohje', target: '_blank', children: 'Ohje tulostettavana' } };
export const ExternalNewTab: Story = {
  args: { href: 'https://www.traficom.fi', target: '_blank', external: true, children: 'Traficom' },
};
export const LongText: Story = {
  args: {
    variant: 'standalone',
    children:
      'Asukaspysäköintitunnuksen hakeminen, voimassaolo, hinnat ja muut tunnukseen liittyvät usein kysytyt kysymykset',
  },
};
export const Swedish: Story = {
  args: { href: 'https://www.traficom.fi/sv', external: true, target: '_blank', children: 'Traficom' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName(
      'Traficom (extern webbplats, öppnas i en ny flik)',
    );
  },
};
export const English: Story = {
  args: { href: 'https://www.traficom.fi/en', external: true, target: '_blank', children: 'Traficom' },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Inline">
        <p>
          Lue lisää sivulta <Link {...args} /> ennen kuin haet tunnusta.
        </p>
      </InteractionCells>
      <InteractionCells label="Standalone">
        <Link {...storyArgs(args, Standalone)} />
      </InteractionCells>
      <StateCell label="External, new tab">
        <Link {...storyArgs(args, ExternalNewTab)} />
      </StateCell>
      <StateCell label="Swedish, external" locale="sv">
        <Link {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Link {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
