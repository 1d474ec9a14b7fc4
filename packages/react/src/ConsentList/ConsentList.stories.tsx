import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentList, type GivenConsent } from './ConsentList';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const consents: GivenConsent[] = [
  { id: 'lib', service: 'Kirjaston verkkopalvelu', purpose: 'Lukusuositukset lainaushistorian perusteella', givenAt: '2026-02-14' },
  { id: 'hsl', service: 'Matkakortin kumppanipalvelu', purpose: 'Asuinvyöhykkeen tarkistaminen', givenAt: '2025-11-03' },
];

const meta = {
  title: 'Components/ConsentList',
  component: ConsentList,
  args: { consents, onRevoke: () => new Promise<void>((resolve) => setTimeout(resolve, 300)) },
} satisfies Meta<typeof ConsentList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Keyboard only: Revoke, then confirm in the dialog; the row goes and the result is announced. */
export const Revoke: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Peru suostumus: Kirjaston verkkopalvelu' }).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('alertdialog', { name: 'Perutaanko suostumus?' });
    await expect(within(dialog).getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    // The app's call takes 300 ms and the dialog then fades out: allow for a loaded machine, not 1 s.
    await waitFor(() => expect(within(document.body).queryByRole('alertdialog')).toBeNull(), { timeout: 5000 });
    await expect(canvas.queryByRole('rowheader', { name: 'Kirjaston verkkopalvelu' })).toBeNull();
  },
};

/** The confirmation dialog open. */
export const ConfirmOpen: Story = {
  play: async ({ canvasElement }) => {
    within(canvasElement).getByRole('button', { name: 'Peru suostumus: Matkakortin kumppanipalvelu' }).focus();
    await userEvent.keyboard(' ');
    await expect(await within(document.body).findByRole('alertdialog')).toBeVisible();
  },
};

/** The app's call fails: an error in the dialog, nothing changed. */
export const RevokeFails: Story = {
  args: { onRevoke: () => Promise.reject(new Error('503')) },
  play: async ({ canvasElement }) => {
    within(canvasElement).getByRole('button', { name: 'Peru suostumus: Kirjaston verkkopalvelu' }).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await expect(
      await within(document.body).findByText('Suostumuksen peruminen ei onnistunut. Mitään ei muutettu, yritä uudelleen.'),
    ).toBeVisible();
  },
};

export const Empty: Story = { args: { consents: [] } };
export const LongText: Story = {
  args: {
    consents: [
      {
        id: 'x',
        service: 'Sosiaali- ja terveyspalvelujen asiakastietojärjestelmäintegraatiokumppani',
        purpose: 'Tietojen luovutus hyvinvointialueelle hoitoonohjausta ja palvelutarpeen arviointia varten',
        givenAt: '2024-12-31',
      },
    ],
  },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const English: Story = { globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // One list per language: a list that scrolls sideways is a region named by its caption, and region names must
  // differ on a page (axe: landmark-unique). The revoke buttons' states are Button's.
  render: (args) => (
    <StateGrid>
      <StateCell label="Given consents" wide>
        <ConsentList {...args} />
      </StateCell>
      <StateCell label="Swedish" locale="sv" wide>
        <ConsentList {...args} />
      </StateCell>
      <StateCell label="Empty, English" locale="en" wide>
        <ConsentList {...storyArgs(args, Empty)} />
      </StateCell>
    </StateGrid>
  ),
};
