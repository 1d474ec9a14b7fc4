import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Stepper, type StepperStep } from './Stepper';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const steps: StepperStep[] = [
  { label: 'Henkilötiedot', status: 'completed', href: '#henkilo' },
  { label: 'Ajoneuvo', status: 'inProgress', href: '#ajoneuvo' },
  { label: 'Liitteet', status: 'notStarted', href: '#liitteet' },
  { label: 'Yhteenveto', status: 'cannotStart' },
];

const meta = {
  title: 'Components/Stepper',
  component: Stepper,
  args: { steps },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Henkilötiedot: { sv: 'Personuppgifter', en: 'Personal details' },
      Ajoneuvo: { sv: 'Fordon', en: 'Vehicle' },
      Liitteet: { sv: 'Bilagor', en: 'Attachments' },
      Yhteenveto: { sv: 'Sammanfattning', en: 'Summary' },
      'Hakijan henkilötiedot ja yhteystiedot': { sv: 'Sökandens personuppgifter och kontaktuppgifter', en: "The applicant's personal and contact details" },
      'Ajoneuvon rekisteritiedot ja haltijuus': { sv: 'Fordonets registeruppgifter och innehav', en: "The vehicle's registration details and holder" },
      'Liitteet: vuokrasopimus tai omistusasiakirja': { sv: 'Bilagor: hyresavtal eller ägarhandling', en: 'Attachments: tenancy agreement or title deed' },
      'Yhteenveto ja hakemuksen lähettäminen': { sv: 'Sammanfattning och inskickning av ansökan', en: 'Summary and sending the application' },
      'Maksaminen verkkopankissa': { sv: 'Betalning i nätbanken', en: 'Paying in online banking' },
    },
  },
} satisfies Meta<typeof Stepper>;
export default meta;
type Story = StoryObj<typeof meta>;

export const InProgress: Story = {
  play: async ({ canvasElement, ...context }) => {
    const list = within(canvasElement).getByRole('list', { name: builtInTexts(context)('stepper.label') });
    await expect(within(list).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'step');
    await userEvent.tab();
    await expect(within(list).getByRole('link', { name: storyTexts(context)('Henkilötiedot') })).toHaveFocus();
  },
};
export const FirstStep: Story = {
  args: {
    steps: steps.map((s, i) => ({ ...s, status: i === 0 ? 'inProgress' : i === 1 ? 'notStarted' : 'cannotStart' })),
  },
};
export const AllCompleted: Story = {
  args: { steps: steps.map((s) => ({ ...s, status: 'completed' as const })), current: 3 },
};
export const LongText: Story = {
  args: {
    steps: [
      { label: 'Hakijan henkilötiedot ja yhteystiedot', status: 'completed', href: '#a' },
      { label: 'Ajoneuvon rekisteritiedot ja haltijuus', status: 'inProgress' },
      { label: 'Liitteet: vuokrasopimus tai omistusasiakirja', status: 'notStarted' },
      { label: 'Yhteenveto ja hakemuksen lähettäminen', status: 'cannotStart' },
      { label: 'Maksaminen verkkopankissa', status: 'cannotStart' },
    ],
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: {
    steps: [
      { label: 'Personuppgifter', status: 'completed', href: '#p' },
      { label: 'Fordon', status: 'inProgress' },
      { label: 'Bilagor', status: 'notStarted' },
      { label: 'Sammanfattning', status: 'cannotStart' },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Kan inte påbörjas än')).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    steps: [
      { label: 'Personal details', status: 'completed', href: '#p' },
      { label: 'Vehicle', status: 'inProgress' },
      { label: 'Attachments', status: 'notStarted' },
      { label: 'Summary', status: 'cannotStart' },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: 'Steps' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="In progress" target="a">
          <Stepper {...args} />
        </InteractionCells>
        <StateCell label="First step">
          <Stepper {...t(storyArgs(args, FirstStep))} />
        </StateCell>
        <StateCell label="All completed">
          <Stepper {...t(storyArgs(args, AllCompleted))} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <Stepper {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Stepper {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
