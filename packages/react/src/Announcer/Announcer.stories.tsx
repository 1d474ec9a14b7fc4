import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Announcer, useAnnounce } from './Announcer';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Announcer',
  component: Announcer,
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
  async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: button }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('#aukio-announcer-polite')).toHaveTextContent(button));
  };

/** Press the first button: its text is written into the polite region 100 ms later. */
export const Polite: Story = { render: () => <Demo save="Luonnos tallennettu" lost="Yhteys katkesi" />, play: play('Luonnos tallennettu') };
export const Assertive: Story = {
  render: () => <Demo save="Luonnos tallennettu" lost="Yhteys katkesi" />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Yhteys katkesi' }));
    await waitFor(() => expect(canvasElement.querySelector('#aukio-announcer-assertive')).toHaveTextContent('Yhteys katkesi'));
  },
};
export const LongText: Story = {
  render: () => (
    <Demo
      save="Asukaspysäköintitunnuksen hakemuksen luonnos on tallennettu ja voit jatkaa sen täyttämistä myöhemmin"
      lost="Yhteys palveluun katkesi"
    />
  ),
  play: play('Asukaspysäköintitunnuksen hakemuksen luonnos on tallennettu ja voit jatkaa sen täyttämistä myöhemmin'),
};
export const Swedish: Story = { render: () => <Demo save="Utkastet sparat" lost="Anslutningen bröts" />, globals: { locale: 'sv' }, play: play('Utkastet sparat') };
export const English: Story = { render: () => <Demo save="Draft saved" lost="Connection lost" />, globals: { locale: 'en' }, play: play('Draft saved') };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // The announcer's live regions are hidden and the page has one of each (fixed ids): one demo, nothing forced.
  render: () => (
    <StateGrid>
      <StateCell label="Regions hidden; the demo's buttons announce" hint="listen with a screen reader" wide>
        <Demo save="Luonnos tallennettu" lost="Yhteys katkesi" />
      </StateCell>
    </StateGrid>
  ),
};
