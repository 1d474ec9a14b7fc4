import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Notification } from './Notification';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Notification',
  component: Notification,
  args: { type: 'info', title: 'Huoltokatko sunnuntaina', children: 'Palvelu ei ole käytettävissä klo 8–10.' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Huoltokatko sunnuntaina': { sv: 'Serviceavbrott på söndag', en: 'Maintenance break on Sunday' },
      'Palvelu ei ole käytettävissä klo 8–10.': { sv: 'Tjänsten är inte tillgänglig kl. 8–10.', en: 'The service is not available from 8 to 10 am.' },
      'Hakemus lähetetty': { sv: 'Ansökan skickad', en: 'Application sent' },
      'Saat päätöksen sähköpostiisi.': { sv: 'Du får beslutet per e-post.', en: 'You will get the decision by email.' },
      'Istuntosi päättyy pian': { sv: 'Din session går snart ut', en: 'Your session ends soon' },
      'Tallenna tietosi, jotta ne eivät katoa.': {
        sv: 'Spara dina uppgifter så att de inte försvinner.',
        en: 'Save your details so that they are not lost.',
      },
      'Hakemusta ei lähetetty': { sv: 'Ansökan skickades inte', en: 'The application was not sent' },
      'Yhteys katkesi. Yritä hetken kuluttua uudelleen.': {
        sv: 'Anslutningen bröts. Försök igen om en stund.',
        en: 'The connection was lost. Try again in a moment.',
      },
      'Näytä ilmoitus': { sv: 'Visa meddelandet', en: 'Show the notification' },
      'Tiedot tallennettu': { sv: 'Uppgifterna har sparats', en: 'Details saved' },
      'Voit jatkaa hakemusta myöhemmin.': { sv: 'Du kan fortsätta med ansökan senare.', en: 'You can continue the application later.' },
      'Uusi versio palvelusta on käytössä.': { sv: 'En ny version av tjänsten används.', en: 'A new version of the service is in use.' },
      'Asukaspysäköintitunnuksen hakemuksen lähettäminen epäonnistui tilapäisen järjestelmävirheen vuoksi': {
        sv: 'Ansökan om invånarparkeringstillstånd kunde inte skickas på grund av ett tillfälligt systemfel',
        en: 'The application for a resident parking permit could not be sent because of a temporary system error',
      },
      'Liitetiedoston nimi pysakointitunnushakemus_liite_ajoneuvon_rekisteriote_2026_lopullinen_versio.pdf on liian pitkä. Lyhennä nimeä ja yritä uudelleen.':
        {
          sv: 'Bilagans namn pysakointitunnushakemus_liite_ajoneuvon_rekisteriote_2026_lopullinen_versio.pdf är för långt. Förkorta namnet och försök igen.',
          en: 'The name of the attachment pysakointitunnushakemus_liite_ajoneuvon_rekisteriote_2026_lopullinen_versio.pdf is too long. Shorten the name and try again.',
        },
    },
  },
} satisfies Meta<typeof Notification>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = { args: { type: 'success', title: 'Hakemus lähetetty', children: 'Saat päätöksen sähköpostiisi.' } };
export const Warning: Story = {
  args: { type: 'warning', title: 'Istuntosi päättyy pian', children: 'Tallenna tietosi, jotta ne eivät katoa.' },
};
export const Error: Story = {
  args: { type: 'error', title: 'Hakemusta ei lähetetty', children: 'Yhteys katkesi. Yritä hetken kuluttua uudelleen.' },
};
export const VisibleTypeLabel: Story = { args: { type: 'warning', showTypeLabel: true } };
export const WithHeading: Story = { args: { headingLevel: 2 } };
export const BodyOnly: Story = { args: { title: undefined, children: 'Uusi versio palvelusta on käytössä.' } };

function ClosableDemo({ announced = false, t }: { announced?: boolean; t: ReturnType<typeof storyTexts> }) {
  const [open, setOpen] = useState(true);
  return (
    <div className="aukio-story-stack">
      <button type="button" onClick={() => setOpen(true)}>
        {t('Näytä ilmoitus')}
      </button>
      {open && (
        <Notification type="success" title={t('Tiedot tallennettu')} mode={announced ? 'announced' : 'inline'} onClose={() => setOpen(false)}>
          {t('Voit jatkaa hakemusta myöhemmin.')}
        </Notification>
      )}
    </div>
  );
}

/** Tab to the close button, press Enter: the notification goes and focus returns to the button before it. */
export const Dismissible: Story = {
  render: (_args, context) => <ClosableDemo t={storyTexts(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const show = canvas.getByRole('button', { name: t('Näytä ilmoitus') });
    show.focus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: builtInTexts(context)('notification.close') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByText(t('Tiedot tallennettu'))).toBeNull();
    await expect(show).toHaveFocus();
  },
};
/** Announced: shown after an action; read through the page's polite status region. */
export const Announced: Story = {
  render: (_args, context) => <ClosableDemo announced t={storyTexts(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('button', { name: builtInTexts(context)('notification.close') }));
    await userEvent.click(canvas.getByRole('button', { name: t('Näytä ilmoitus') }));
    await expect(canvas.getByText(t('Tiedot tallennettu'))).toBeVisible();
  },
};
export const LongText: Story = {
  args: {
    type: 'error',
    onClose: () => {},
    title: 'Asukaspysäköintitunnuksen hakemuksen lähettäminen epäonnistui tilapäisen järjestelmävirheen vuoksi',
    children:
      'Liitetiedoston nimi pysakointitunnushakemus_liite_ajoneuvon_rekisteriote_2026_lopullinen_versio.pdf on liian pitkä. Lyhennä nimeä ja yritä uudelleen.',
  },
};
export const Swedish: Story = {
  args: { type: 'error', title: 'Ansökan skickades inte', children: 'Försök igen om en stund.', onClose: () => {} },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { type: 'success', title: 'Application sent', children: 'You will get the decision by email.', showTypeLabel: true, onClose: () => {} },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        {(
          [
            ['Info', Info],
            ['Success', Success],
            ['Warning', Warning],
            ['Error', Error],
            ['Visible type label', VisibleTypeLabel],
            ['Body only', BodyOnly],
          ] as const
        ).map(([label, story]) => (
          <StateCell key={label} label={label}>
            <Notification {...t(storyArgs(args, story))} />
          </StateCell>
        ))}
        <InteractionCells label="Close button" target="button">
          <Notification {...t(storyArgs(args, Success))} onClose={() => {}} />
        </InteractionCells>
        <StateCell label="Swedish" locale="sv">
          <Notification {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Notification {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
