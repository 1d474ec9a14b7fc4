import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Disclosure } from './Disclosure';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Disclosure',
  component: Disclosure,
  // The content is made in the render function (a story may give its own children), so the controls show no
  // React elements.
  args: { summary: 'Miksi kysymme tätä?', children: null },
  render: (args, context) => (
    <Disclosure {...args}>
      {args.children ?? <p>{storyTexts(context)('Tarvitsemme tiedon päätöksen tekemiseen. Emme luovuta sitä muille.')}</p>}
    </Disclosure>
  ),
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Miksi kysymme tätä?': { sv: 'Varför frågar vi det här?', en: 'Why do we ask this?' },
      'Tarvitsemme tiedon päätöksen tekemiseen. Emme luovuta sitä muille.': {
        sv: 'Vi behöver uppgiften för att fatta beslutet. Vi lämnar inte ut den till andra.',
        en: 'We need it to make the decision. We do not give it to anyone else.',
      },
      'Miksi kysymme asukaspysäköintitunnushakemuksessa ajoneuvon rekisteriotteen tietoja ja omistussuhdetta?': {
        sv: 'Varför frågar vi i ansökan om invånarparkeringstillstånd efter uppgifterna i fordonets registerutdrag och vem som äger det?',
        en: 'Why does the resident parking permit application ask for the vehicle registration details and who owns the vehicle?',
      },
      'Tunnus myönnetään vain ajoneuvolle, jonka omistaja tai haltija asuu alueella. Pitkät sanat kuten ajoneuvorekisteriotetietojärjestelmä rivittyvät kapeassakin näkymässä.': {
        sv: 'Tillståndet beviljas bara för ett fordon vars ägare eller innehavare bor i området. Långa ord som fordonsregisterutdragsuppgiftssystem radbryts även i en smal vy.',
        en: 'The permit is granted only for a vehicle whose owner or holder lives in the area. Long words such as vehicleregistrationextractinformationsystem wrap even in a narrow view.',
      },
    },
  },
} satisfies Meta<typeof Disclosure>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Closed; the summary is reached with Tab and opened by a click (Enter and Space are the browser's own). */
export const Closed: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByText(storyTexts(context)('Miksi kysymme tätä?')).closest('summary')!;
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
  },
  render: (args, context) => (
    <Disclosure {...args}>
      <p>
        {storyTexts(context)(
          'Tunnus myönnetään vain ajoneuvolle, jonka omistaja tai haltija asuu alueella. Pitkät sanat kuten ajoneuvorekisteriotetietojärjestelmä rivittyvät kapeassakin näkymässä.',
        )}
      </p>
    </Disclosure>
  ),
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
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Closed">{meta.render(args, context)}</InteractionCells>
      <InteractionCells label="Open" states={['focus']}>
        {meta.render(storyArgs(args, Open), context)}
      </InteractionCells>
      <StateCell label="Swedish" locale="sv">
        <Disclosure {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        {LongText.render?.(storyTexts(context)(storyArgs(args, LongText)), context)}
      </StateCell>
    </StateGrid>
  ),
};
