import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InScrollingDialog, InTableCell, openAndCheckPlacement, type PlacementCheck } from '../../test/popup-placement';
import { Toggletip } from './Toggletip';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Toggletip',
  component: Toggletip,
  args: { label: 'asiakasnumero', children: 'Löydät asiakasnumeron laskun oikeasta yläkulmasta.' },
  render: (args, context) => (
    <p>
      {storyTexts(context)('Asiakasnumero')} <Toggletip {...args} />
    </p>
  ),
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Asiakasnumero: { sv: 'Kundnummer', en: 'Customer number' },
      asiakasnumero: { sv: 'kundnummer', en: 'customer number' },
      'Löydät asiakasnumeron laskun oikeasta yläkulmasta.': {
        sv: 'Du hittar kundnumret i fakturans övre högra hörn.',
        en: 'You find the customer number in the top right corner of the invoice.',
      },
      'asukaspysäköintitunnuksen voimassaoloaika': { sv: 'invånarparkeringstillståndets giltighetstid', en: 'how long a resident parking permit is valid' },
      'Asukaspysäköintitunnus on voimassa vuoden kerrallaan, ja voit uusia sen aikaisintaan kuukautta ennen voimassaolon päättymistä. Pysäköintitunnushakemuskäsittely kestää noin viikon.': {
        sv: 'Invånarparkeringstillståndet gäller ett år i taget, och du kan förnya det tidigast en månad innan det går ut. Parkeringstillståndsansökningsbehandlingen tar ungefär en vecka.',
        en: 'A resident parking permit is valid for a year at a time, and you can renew it at the earliest one month before it ends. Processing an application takes about a week.',
      },
    },
  },
} satisfies Meta<typeof Toggletip>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Enter opens the bubble and its text goes to the status region; Escape closes it, focus stays. */
export const Open: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const button = canvas.getByRole('button', { name: builtInTexts(context)('toggletip.labelWithTopic', { topic: t('asiakasnumero') }) });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(t('Löydät asiakasnumeron laskun oikeasta yläkulmasta.'));
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
    await expect(button).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  },
};

export const HelpIcon: Story = { args: { icon: 'help' } };

/** A tap opens it on a touch screen, where a tooltip would never show. */
export const Touch: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('button') });
    await new Promise((r) => setTimeout(r, 50));
    await expect(canvas.getByRole('status')).toHaveTextContent(storyTexts(context)('Löydät asiakasnumeron laskun oikeasta yläkulmasta.'));
  },
};

export const LongText: Story = {
  args: {
    label: 'asukaspysäköintitunnuksen voimassaoloaika',
    children:
      'Asukaspysäköintitunnus on voimassa vuoden kerrallaan, ja voit uusia sen aikaisintaan kuukautta ennen voimassaolon päättymistä. Pysäköintitunnushakemuskäsittely kestää noin viikon.',
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
  },
};

export const Swedish: Story = {
  args: { label: 'kundnummer', children: 'Du hittar kundnumret i fakturans övre högra hörn.' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Mer information: kundnummer' }));
  },
};

export const English: Story = {
  args: { label: 'customer number', children: 'You find the customer number in the top right corner of the invoice.' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'More information: customer number' }));
  },
};

// Placement: the bubble sits in the top layer, so no scrolling or clipping ancestor cuts it off, and it flips and
// shifts to stay inside the viewport. Each story opens it and checks every corner is visible (light and 320 px).
const text = 'Löydät asiakasnumeron laskun oikeasta yläkulmasta. Se alkaa kirjaimilla AS.';
const tip = <Toggletip label="asiakasnumero">{text}</Toggletip>;
const check = (canvasElement: HTMLElement, more: Partial<PlacementCheck> = {}) =>
  openAndCheckPlacement({
    canvasElement,
    trigger: 'Lisätietoa: asiakasnumero',
    popup: (body) => body.getByText(text),
    ...more,
  });

/** At the bottom of a modal Dialog whose body scrolls: the bubble shows in full over the dialog's edge. */
export const InDialog: Story = {
  render: () => <InScrollingDialog>Asiakasnumero {tip}</InScrollingDialog>,
  play: ({ canvasElement }) => check(canvasElement),
};

/** In a Table cell: the table's scroll box does not clip it. */
export const InTable: Story = {
  render: () => <InTableCell>{tip}</InTableCell>,
  play: ({ canvasElement }) => check(canvasElement),
};

/** At the bottom edge of the viewport: it opens above the button. */
export const AtBottomEdge: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom' }),
};

/** At the right edge of the viewport: it extends towards the start instead. */
export const AtRightEdge: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'right' }),
};

/** In the bottom right corner: above and towards the start. */
export const AtBottomRightCorner: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right' }),
};

/** Where CSS anchor positioning is missing, @floating-ui/dom places it (simulated here): the same checks hold. */
export const PlacedByScript: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right', withoutAnchorPositioning: true }),
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language (the Swedish cell's in Swedish).
  render: (args, context) => {
    const swedish = { ...context, globals: { ...context.globals, locale: 'sv' } };
    return (
      <StateGrid>
        <InteractionCells label="Closed">{meta.render(args, context)}</InteractionCells>
        <StateCell label="Help icon">{meta.render(storyArgs(args, HelpIcon), context)}</StateCell>
        <StateCell label="Swedish" locale="sv">
          {meta.render(storyArgs(args, Swedish), swedish)}
        </StateCell>
        <StateCell label="Long text" wide>
          {meta.render(storyTexts(context)(storyArgs(args, LongText)), context)}
        </StateCell>
        <StateCell label="Open" hint="opened by its play function" popup="short" wide>
          {meta.render(args, context)}
        </StateCell>
      </StateGrid>
    );
  },
  // A bubble opens only from its button, one at a time: the last cell's, with Enter.
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>('.aukio-state-cell:last-child button');
    if (!button) throw new Error('no toggletip button in the open cell');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  },
};
