import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Disclosure } from './Disclosure';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Disclosure',
  component: Disclosure,
  args: {
    summary: 'Miksi kysymme tätä?',
    children: <p>Tarvitsemme tiedon päätöksen tekemiseen. Emme luovuta sitä muille.</p>,
  },
} satisfies Meta<typeof Disclosure>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Closed; the summary is reached with Tab and opened by a click (Enter and Space are the browser's own). */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByText('Miksi kysymme tätä?').closest('summary')!;
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    await userEvent.click(summary);
    await waitFor(() => expect(canvasElement.querySelector('details')).toHaveAttribute('data-state', 'open'));
    await userEvent.click(summary);
    await waitFor(() => expect(canvasElement.querySelector('details')).toHaveAttribute('data-state', 'closed'));
  },
};

export const Open: Story = { args: { defaultOpen: true } };

export const LongText: Story = {
  args: {
    defaultOpen: true,
    summary: 'Miksi kysymme asukaspysäköintitunnushakemuksessa ajoneuvon rekisteriotteen tietoja ja omistussuhdetta?',
    children: (
      <p>
        Tunnus myönnetään vain ajoneuvolle, jonka omistaja tai haltija asuu alueella. Pitkät sanat kuten
        ajoneuvorekisteriotetietojärjestelmä rivittyvät kapeassakin näkymässä.
      </p>
    ),
  },
};

export const Swedish: Story = {
  args: { defaultOpen: true, summary: 'Varför frågar vi det här?', children: <p>Vi behöver uppgiften för beslutet.</p> },
  globals: { locale: 'sv' },
};

export const English: Story = {
  args: { defaultOpen: true, summary: 'Why do we ask this?', children: <p>We need it for the decision.</p> },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Closed">
        <Disclosure {...args} />
      </InteractionCells>
      <InteractionCells label="Open" states={['focus']}>
        <Disclosure {...storyArgs(args, Open)} />
      </InteractionCells>
      <StateCell label="Swedish" locale="sv">
        <Disclosure {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Disclosure {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
