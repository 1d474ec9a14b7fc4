import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InScrollingDialog, InTableCell, openAndCheckPlacement, type PlacementCheck } from '../../test/popup-placement';
import { Popover } from './Popover';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Popover',
  component: Popover,
  // The content is made in the render function (a story may give its own children), so the controls show no
  // React elements.
  args: {
    trigger: 'Aukioloajat',
    heading: 'Pääkirjaston aukioloajat',
    children: null,
  },
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <Popover {...args}>
        {args.children ?? (
          <>
            <p>{t('Ma–pe 8–21, la–su 10–18.')}</p>
            <a href="#poikkeukset">{t('Poikkeusaukioloajat')}</a>
          </>
        )}
      </Popover>
    );
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Aukioloajat: { sv: 'Öppettider', en: 'Opening hours' },
      'Pääkirjaston aukioloajat': { sv: 'Huvudbibliotekets öppettider', en: 'Central library opening hours' },
      'Ma–pe 8–21, la–su 10–18.': { sv: 'Mån–fre 8–21, lör–sön 10–18.', en: 'Mon–Fri 8 am–9 pm, Sat–Sun 10 am–6 pm.' },
      Poikkeusaukioloajat: { sv: 'Avvikande öppettider', en: 'Exceptions to opening hours' },
      'Mikä on asukastunnus?': { sv: 'Vad är ett invånarnummer?', en: 'What is a resident number?' },
      Asukastunnus: { sv: 'Invånarnummer', en: 'Resident number' },
      'Asukastunnus on kuusinumeroinen tunnus, jonka saat kirjeellä muuttaessasi kaupunkiin.': {
        sv: 'Invånarnumret är ett sexsiffrigt nummer som du får per brev när du flyttar till staden.',
        en: 'The resident number is a six-digit number you get by letter when you move to the city.',
      },
      'Miten asukaspysäköintitunnuksen hinta lasketaan ajoneuvon päästöjen perusteella?': {
        sv: 'Hur räknas priset på ett invånarparkeringstillstånd ut utifrån fordonets utsläpp?',
        en: 'How is the price of a resident parking permit worked out from the vehicle’s emissions?',
      },
      'Asukaspysäköintitunnuksen hinnoitteluperusteet vuonna 2026': {
        sv: 'Grunderna för priset på invånarparkeringstillstånd år 2026',
        en: 'How resident parking permits are priced in 2026',
      },
      'Hinta määräytyy ajoneuvon hiilidioksidipäästöjen ja käyttövoiman mukaan. Täyssähköautojen ja kaasuautojen tunnus on edullisempi. Pitkä sana: Asukaspysäköintitunnushakemuksenkäsittelymaksu.': {
        sv: 'Priset beror på fordonets koldioxidutsläpp och drivkraft. Tillståndet är billigare för elbilar och gasbilar. Ett långt ord: Invånarparkeringstillståndsansökningsbehandlingsavgift.',
        en: 'The price depends on the vehicle’s carbon dioxide emissions and power source. The permit costs less for electric and gas cars. A long word: Residentparkingpermitapplicationprocessingfee.',
      },
    },
  },
} satisfies Meta<typeof Popover>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Enter opens it and focus moves to the link inside; Escape closes and returns focus to the trigger. */
export const Open: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const trigger = canvas.getByRole('button', { name: t('Aukioloajat') });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('link', { name: t('Poikkeusaukioloajat') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('dialog', { name: t('Pääkirjaston aukioloajat') })).toBeVisible();
  },
};

/** Only text inside: focus stays on the trigger and the popover is the next Tab stop. */
export const StaticContent: Story = {
  args: {
    trigger: 'Mikä on asukastunnus?',
    heading: undefined,
    label: 'Asukastunnus',
    children: 'Asukastunnus on kuusinumeroinen tunnus, jonka saat kirjeellä muuttaessasi kaupunkiin.',
  } as never,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const trigger = canvas.getByRole('button', { name: t('Mikä on asukastunnus?') });
    await userEvent.click(trigger);
    await expect(trigger).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('dialog', { name: t('Asukastunnus') })).toHaveFocus();
  },
};

export const WithCloseButton: Story = {
  args: { closeButton: true },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: storyTexts(context)('Aukioloajat') }));
    await expect(canvas.getByRole('button', { name: builtInTexts(context)('popover.close') })).toBeVisible();
  },
};

/** Opened with a touch tap: the same tap must not close it again. */
export const Touch: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: storyTexts(context)('Aukioloajat') });
    await userEvent.pointer({ keys: '[TouchA]', target: trigger });
    await new Promise((r) => setTimeout(r, 50));
    await expect(canvas.getByRole('dialog')).toBeVisible();
  },
};

/** For a trigger at the inline end of a row: the popover lines up with the trigger's end edge. */
export const AlignEnd: Story = { args: { align: 'end' } };

export const LongText: Story = {
  args: {
    trigger: 'Miten asukaspysäköintitunnuksen hinta lasketaan ajoneuvon päästöjen perusteella?',
    heading: 'Asukaspysäköintitunnuksen hinnoitteluperusteet vuonna 2026',
    defaultOpen: true,
  },
  render: (args, context) => (
    <Popover {...args}>
      <p>
        {storyTexts(context)(
          'Hinta määräytyy ajoneuvon hiilidioksidipäästöjen ja käyttövoiman mukaan. Täyssähköautojen ja kaasuautojen tunnus on edullisempi. Pitkä sana: Asukaspysäköintitunnushakemuksenkäsittelymaksu.',
        )}
      </p>
    </Popover>
  ),
};

export const Swedish: Story = {
  args: {
    trigger: 'Öppettider',
    heading: 'Huvudbibliotekets öppettider',
    closeButton: true,
    defaultOpen: true,
    children: <p>Mån–fre 8–21, lör–sön 10–18.</p>,
  },
  globals: { locale: 'sv' },
};

export const English: Story = {
  args: {
    trigger: 'Opening hours',
    heading: 'Central library opening hours',
    closeButton: true,
    defaultOpen: true,
    children: <p>Mon–Fri 8–21, Sat–Sun 10–18.</p>,
  },
  globals: { locale: 'en' },
};

// Placement: the popover sits in the top layer, so no scrolling or clipping ancestor cuts it off, and it flips and
// shifts to stay inside the viewport. Each story opens it and checks every corner is visible (light and 320 px).
const hours = (trigger = 'Aukioloajat') => (
  <Popover trigger={trigger} heading="Pääkirjaston aukioloajat">
    <p>Ma–pe 8–21, la–su 10–18. Juhlapyhinä kirjasto on suljettu.</p>
    <a href="#poikkeukset">Poikkeusaukioloajat</a>
  </Popover>
);

const check = (canvasElement: HTMLElement, more: Partial<PlacementCheck> = {}) =>
  openAndCheckPlacement({
    canvasElement,
    trigger: 'Aukioloajat',
    popup: (body) => body.getByRole('dialog', { name: 'Pääkirjaston aukioloajat' }),
    ...more,
  });

/** At the bottom of a modal Dialog whose body scrolls: the popover shows in full over the dialog's edge. */
export const InDialog: Story = {
  render: () => <InScrollingDialog>{hours()}</InScrollingDialog>,
  play: async ({ canvasElement }) => {
    await check(canvasElement);
    await expect(within(canvasElement.ownerDocument.body).getByRole('link', { name: 'Poikkeusaukioloajat' })).toHaveFocus();
  },
};

/** In a Table cell: the table's scroll box does not clip it. (A short label, so the trigger fits the cell at 320 px.) */
export const InTable: Story = {
  render: () => <InTableCell>{hours('Ohje')}</InTableCell>,
  play: ({ canvasElement }) => check(canvasElement, { trigger: 'Ohje' }),
};

/** At the bottom edge of the viewport: it opens above the trigger. */
export const AtBottomEdge: Story = {
  render: () => hours(),
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom' }),
};

/** At the right edge of the viewport: it lines up with the trigger's end edge instead. */
export const AtRightEdge: Story = {
  render: () => hours(),
  play: ({ canvasElement }) => check(canvasElement, { edge: 'right' }),
};

/** In the bottom right corner: above and towards the start. */
export const AtBottomRightCorner: Story = {
  render: () => hours(),
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right' }),
};

/** Where CSS anchor positioning is missing, @floating-ui/dom places it (simulated here): the same checks hold. */
export const PlacedByScript: Story = {
  render: () => hours(),
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right', withoutAnchorPositioning: true }),
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Closed">{meta.render(args, context)}</InteractionCells>
      <StateCell label="Open" popup="short">
        {meta.render({ ...args, defaultOpen: true }, context)}
      </StateCell>
      <StateCell label="Open, with a close button" popup="short">
        {meta.render(storyArgs(args, WithCloseButton, { args: { defaultOpen: true } }), context)}
      </StateCell>
      <StateCell label="Swedish, open" locale="sv" popup="short">
        <Popover {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text, open" popup="tall" wide>
        {LongText.render?.(storyTexts(context)(storyArgs(args, LongText)), context)}
      </StateCell>
    </StateGrid>
  ),
};
