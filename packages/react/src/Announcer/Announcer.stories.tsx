import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Announcer, useAnnounce } from './Announcer';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Announcer',
  component: Announcer,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Luonnos tallennettu': { sv: 'Utkastet sparat', en: 'Draft saved' },
      'Yhteys katkesi': { sv: 'Anslutningen bröts', en: 'Connection lost' },
      'Asukaspysäköintitunnuksen hakemuksen luonnos on tallennettu ja voit jatkaa sen täyttämistä myöhemmin': {
        sv: 'Utkastet till ansökan om invånarparkeringstillstånd är sparat och du kan fortsätta fylla i det senare',
        en: 'The draft of your resident parking permit application is saved and you can go on filling it in later',
      },
      'Yhteys palveluun katkesi': { sv: 'Anslutningen till tjänsten bröts', en: 'The connection to the service was lost' },
    },
  },
} satisfies Meta<typeof Announcer>;
export default meta;
type Story = StoryObj<typeof meta>;

function Demo({ save, lost }: { save: string; lost: string }) {
  const announce = useAnnounce();
  const [shown, setShown] = useState('');
  return (
    <div className="aukio-story-stack">
      <Announcer />
      <div className="aukio-story-row">
        <button
          type="button"
          onClick={() => {
            setShown(save);
            announce(save);
          }}
        >
          {save}
        </button>
        <button
          type="button"
          onClick={() => {
            setShown(lost);
            announce(lost, 'assertive');
          }}
        >
          {lost}
        </button>
      </div>
      <p>{shown}</p>
    </div>
  );
}

const play =
  (button: string): Story['play'] =>
  async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const name = storyTexts(context)(button);
    canvas.getByRole('button', { name }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('#aukio-announcer-polite')).toHaveTextContent(name));
  };

/** Press the first button: its text is written into the polite region 100 ms later. */
/** The demo with its two texts in the toolbar's language. */
const demo: Story['render'] = (_args, context) => {
  const t = storyTexts(context);
  return <Demo save={t('Luonnos tallennettu')} lost={t('Yhteys katkesi')} />;
};
export const Polite: Story = { render: demo, play: play('Luonnos tallennettu') };
export const Assertive: Story = {
  render: demo,
  play: async ({ canvasElement, ...context }) => {
    const lost = storyTexts(context)('Yhteys katkesi');
    await userEvent.click(within(canvasElement).getByRole('button', { name: lost }));
    await waitFor(() => expect(canvasElement.querySelector('#aukio-announcer-assertive')).toHaveTextContent(lost));
  },
};
export const LongText: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Demo
        save={t('Asukaspysäköintitunnuksen hakemuksen luonnos on tallennettu ja voit jatkaa sen täyttämistä myöhemmin')}
        lost={t('Yhteys palveluun katkesi')}
      />
    );
  },
  play: play('Asukaspysäköintitunnuksen hakemuksen luonnos on tallennettu ja voit jatkaa sen täyttämistä myöhemmin'),
};
export const Swedish: Story = { render: () => <Demo save="Utkastet sparat" lost="Anslutningen bröts" />, globals: { locale: 'sv' }, play: play('Utkastet sparat') };
export const English: Story = { render: () => <Demo save="Draft saved" lost="Connection lost" />, globals: { locale: 'en' }, play: play('Draft saved') };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // The announcer's live regions are hidden and the page has one of each (fixed ids): one demo, nothing forced.
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Regions hidden; the demo's buttons announce" hint="listen with a screen reader" wide>
        {demo(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
