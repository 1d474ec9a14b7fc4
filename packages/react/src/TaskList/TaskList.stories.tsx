import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TaskList, type TaskListGroup } from './TaskList';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const groups: TaskListGroup[] = [
  {
    heading: 'Hakijan tiedot',
    tasks: [
      { label: 'Henkilötiedot', status: 'completed', href: '#henkilo' },
      { label: 'Osoite', status: 'inProgress', href: '#osoite' },
    ],
  },
  {
    heading: 'Ajoneuvo ja maksu',
    tasks: [
      { label: 'Rekisteritiedot', status: 'notStarted', href: '#ajoneuvo' },
      { label: 'Maksu', status: 'cannotStart', href: '#maksu', hint: 'Täytä ensin ajoneuvon tiedot.' },
    ],
  },
];

const meta = {
  title: 'Components/TaskList',
  component: TaskList,
  args: { groups, showProgress: true },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Hakijan tiedot': { sv: 'Sökandens uppgifter', en: 'Applicant details' },
      Henkilötiedot: { sv: 'Personuppgifter', en: 'Personal details' },
      Osoite: { sv: 'Adress', en: 'Address' },
      'Ajoneuvo ja maksu': { sv: 'Fordon och betalning', en: 'Vehicle and payment' },
      Rekisteritiedot: { sv: 'Registeruppgifter', en: 'Registration details' },
      Maksu: { sv: 'Betalning', en: 'Payment' },
      'Täytä ensin ajoneuvon tiedot.': { sv: 'Fyll först i fordonets uppgifter.', en: 'Fill in the vehicle details first.' },
      'Yrityksen tiedot': { sv: 'Företagets uppgifter', en: 'Company details' },
      Liitteet: { sv: 'Bilagor', en: 'Attachments' },
      'Enintään viisi tiedostoa.': { sv: 'Högst fem filer.', en: 'Up to five files.' },
      'Lähetä hakemus': { sv: 'Skicka ansökan', en: 'Send the application' },
      'Hakijan henkilötiedot, yhteystiedot ja asumista koskevat selvitykset': {
        sv: 'Sökandens personuppgifter, kontaktuppgifter och utredningar om boendet',
        en: "The applicant's personal details, contact details and statements about housing",
      },
      'Vuokrasopimus tai omistusasiakirja, josta käy ilmi asunnon osoite ja hallintaoikeus': {
        sv: 'Hyresavtal eller ägarhandling som visar bostadens adress och besittningsrätt',
        en: 'Tenancy agreement or deed of ownership that shows the address of the home and your right to live there',
      },
      'Jos asut alivuokralaisena, liitä myös päävuokralaisen suostumus.': {
        sv: 'Om du bor i andra hand, bifoga också förstahandshyresgästens samtycke.',
        en: 'If you sublet, also attach the main tenant’s consent.',
      },
      Asukaspysäköintitunnuksenhakemusvahvistusilmoitus: {
        sv: 'Bekräftelsemeddelandeförinvånarparkeringstillståndsansökan',
        en: 'Residentparkingpermitapplicationconfirmationnotice',
      },
    },
  },
} satisfies Meta<typeof TaskList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Grouped: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: t('Henkilötiedot') })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: t('Osoite') })).toHaveAccessibleDescription(builtInTexts(context)('taskList.status.inProgress'));
  },
};
export const SingleList: Story = {
  args: {
    groups: undefined,
    showProgress: false,
    tasks: [
      { label: 'Yrityksen tiedot', status: 'completed', href: '#yritys' },
      { label: 'Liitteet', status: 'notStarted', href: '#liitteet', hint: 'Enintään viisi tiedostoa.' },
      { label: 'Lähetä hakemus', status: 'cannotStart' },
    ],
  },
};
export const Empty: Story = { args: { groups: [] } };
export const LongText: Story = {
  args: {
    groups: [
      {
        heading: 'Hakijan henkilötiedot, yhteystiedot ja asumista koskevat selvitykset',
        tasks: [
          {
            label: 'Vuokrasopimus tai omistusasiakirja, josta käy ilmi asunnon osoite ja hallintaoikeus',
            status: 'inProgress',
            href: '#a',
            hint: 'Jos asut alivuokralaisena, liitä myös päävuokralaisen suostumus.',
          },
          { label: 'Asukaspysäköintitunnuksenhakemusvahvistusilmoitus', status: 'cannotStart' },
        ],
      },
    ],
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: {
    groups: [
      {
        heading: 'Sökandens uppgifter',
        tasks: [
          { label: 'Personuppgifter', status: 'completed', href: '#p' },
          { label: 'Adress', status: 'inProgress', href: '#a' },
          { label: 'Fordon', status: 'notStarted', href: '#f' },
          { label: 'Betalning', status: 'cannotStart' },
        ],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Du har slutfört 1 av 4 uppgifter.')).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    groups: [
      {
        heading: 'Applicant',
        tasks: [
          { label: 'Personal details', status: 'completed', href: '#p' },
          { label: 'Address', status: 'inProgress', href: '#a' },
          { label: 'Vehicle', status: 'notStarted', href: '#f' },
          { label: 'Payment', status: 'cannotStart' },
        ],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Cannot start yet')).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Grouped, with progress" target="a">
          <TaskList {...args} />
        </InteractionCells>
        <StateCell label="A single list">
          <TaskList {...t(storyArgs(args, SingleList))} />
        </StateCell>
        <StateCell label="Empty">
          <TaskList {...t(storyArgs(args, Empty))} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <TaskList {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <TaskList {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
