import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentList, type GivenConsent } from './ConsentList';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, cellLanguage, storyArgsIn, storyTexts, type TextContext } from '../../test/storyTexts';

const consents: GivenConsent[] = [
  { id: 'lib', service: 'Kirjaston verkkopalvelu', purpose: 'Lukusuositukset lainaushistorian perusteella', givenAt: '2026-02-14' },
  { id: 'hsl', service: 'Matkakortin kumppanipalvelu', purpose: 'Asuinvyöhykkeen tarkistaminen', givenAt: '2025-11-03' },
];

const meta = {
  title: 'Components/ConsentList',
  component: ConsentList,
  args: { consents, onRevoke: () => new Promise<void>((resolve) => setTimeout(resolve, 300)) },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Kirjaston verkkopalvelu': { sv: 'Bibliotekets webbtjänst', en: 'Library online service' },
      'Lukusuositukset lainaushistorian perusteella': { sv: 'Läsförslag utifrån din lånehistorik', en: 'Reading tips based on your loan history' },
      'Matkakortin kumppanipalvelu': { sv: 'Resekortets partnertjänst', en: 'Travel card partner service' },
      'Asuinvyöhykkeen tarkistaminen': { sv: 'Kontroll av din boendezon', en: 'Checking your home zone' },
      'Sosiaali- ja terveyspalvelujen asiakastietojärjestelmäintegraatiokumppani': {
        sv: 'Integrationspartner för social- och hälsovårdens klientdatasystem',
        en: 'Integration partner of the social and health services’ client data system',
      },
      'Tietojen luovutus hyvinvointialueelle hoitoonohjausta ja palvelutarpeen arviointia varten': {
        sv: 'Utlämnande av uppgifter till välfärdsområdet för hänvisning till vård och bedömning av servicebehovet',
        en: 'Disclosure of data to the wellbeing services county for referral to care and assessing service needs',
      },
    },
  },
} satisfies Meta<typeof ConsentList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A revoke button's name in the story's language: "Peru suostumus: <service>". */
const revokeName = (context: TextContext, service: string) => {
  const b = builtInTexts(context);
  return `${b('consentList.revoke')} ${b('consentList.revokeContext', { service: storyTexts(context)(service) })}`;
};

export const Default: Story = {};

/** Keyboard only: Revoke, then confirm in the dialog; the row goes and the result is announced. */
export const Revoke: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    canvas.getByRole('button', { name: revokeName(context, 'Kirjaston verkkopalvelu') }).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('alertdialog', { name: b('consentList.confirmTitle') });
    await expect(within(dialog).getByRole('button', { name: b('alertDialog.cancel') })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    // The app's call takes 300 ms and the dialog then fades out: allow for a loaded machine, not 1 s.
    await waitFor(() => expect(within(document.body).queryByRole('alertdialog')).toBeNull(), { timeout: 5000 });
    await expect(canvas.queryByRole('rowheader', { name: storyTexts(context)('Kirjaston verkkopalvelu') })).toBeNull();
  },
};

/** The confirmation dialog open. */
export const ConfirmOpen: Story = {
  play: async ({ canvasElement, ...context }) => {
    within(canvasElement).getByRole('button', { name: revokeName(context, 'Matkakortin kumppanipalvelu') }).focus();
    await userEvent.keyboard(' ');
    await expect(await within(document.body).findByRole('alertdialog')).toBeVisible();
  },
};

/** The app's call fails: an error in the dialog, nothing changed. */
export const RevokeFails: Story = {
  args: { onRevoke: () => Promise.reject(new Error('503')) },
  play: async ({ canvasElement, ...context }) => {
    within(canvasElement).getByRole('button', { name: revokeName(context, 'Kirjaston verkkopalvelu') }).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await expect(await within(document.body).findByText(builtInTexts(context)('consentList.revokeFailed'))).toBeVisible();
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
  // The first cell in the toolbar's language; the other two in Swedish and English, their example texts too,
  // or in Finnish instead of the toolbar's language (cellLanguage).
  render: (args, context) => {
    const [sv, svName] = cellLanguage(context, 'sv');
    const [en, enName] = cellLanguage(context, 'en');
    return (
      <StateGrid>
        <StateCell label="Given consents" wide>
          <ConsentList {...args} />
        </StateCell>
        <StateCell label={svName} locale={sv} wide>
          <ConsentList {...storyArgsIn(args, context, sv)} />
        </StateCell>
        <StateCell label={`Empty, ${enName}`} locale={en} wide>
          <ConsentList {...storyArgs(storyArgsIn(args, context, en), Empty)} />
        </StateCell>
      </StateGrid>
    );
  },
};
