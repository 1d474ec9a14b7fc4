import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleCategories } from './fixtures';
import { PersonalDataOverview } from './PersonalDataOverview';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/PersonalDataOverview',
  component: PersonalDataOverview,
  args: {
    categories: sampleCategories,
    onRequest: () => new Promise<void>((resolve) => setTimeout(resolve, 300)),
  },
} satisfies Meta<typeof PersonalDataOverview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A category opened with the keyboard. */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Pysäköintitunnukset' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(within(canvasElement).getByText('ABC-123')).toBeVisible();
  },
};

export const Downloads: Story = {
  play: async ({ canvasElement }) => {
    const link = await within(canvasElement).findByRole('link', { name: 'Lataa CSV-tiedostona (taulukko)' });
    await expect(link).toHaveAttribute('download', 'personal-data.csv');
    await expect(link.getAttribute('href')).toMatch(/^blob:/);
  },
};

/** Keyboard only: a copy request sent. */
export const RequestSent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('radio', { name: 'Kopiota tiedoistani' }).focus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: 'Lähetä pyyntö' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText('Pyyntösi on lähetetty. Vastaamme kuukauden kuluessa.')).toBeVisible());
  },
};

export const MissingRequestType: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Lähetä pyyntö' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('link', { name: 'Valitse, mitä pyydät' })).toBeVisible();
  },
};

export const RequestFailed: Story = {
  args: { onRequest: () => Promise.reject(new Error('503')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('radio', { name: 'Tietojeni poistamista' }).focus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: 'Lähetä pyyntö' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(/Pyynnön lähettäminen ei onnistunut/)).toBeVisible();
  },
};

export const Empty: Story = { args: { categories: [] } };
export const LongText: Story = {
  args: {
    categories: [
      {
        ...sampleCategories[0]!,
        title: 'Varhaiskasvatuksen asiakkuuteen ja palvelutarpeen arviointiin liittyvät yhteystiedot',
        items: [{ label: 'Sähköpostiosoite', value: 'maija.meikalainen.pitkasahkopostiosoitteenomistaja@esimerkkilankaupunki.fi' }],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    within(canvasElement).getByRole('button', { name: /Varhaiskasvatuksen/ }).focus();
    await userEvent.keyboard('{Enter}');
  },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const English: Story = { globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Landmark names must differ on a page (axe: landmark-unique): the request form is named by its heading and
  // each category's panel by the category, which is the app's own text in every language. So one overview with
  // categories, and an empty one in English. The buttons' states are Button's and Accordion's.
  render: (args) => (
    <StateGrid>
      <StateCell label="Categories closed" wide>
        <PersonalDataOverview {...args} />
      </StateCell>
      <StateCell label="Empty, English" locale="en" wide>
        <PersonalDataOverview {...storyArgs(args, Empty)} />
      </StateCell>
    </StateGrid>
  ),
};
