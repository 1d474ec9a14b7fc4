import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Toggletip } from './Toggletip';

const meta = {
  title: 'Components/Toggletip',
  component: Toggletip,
  args: { label: 'asiakasnumero', children: 'Löydät asiakasnumeron laskun oikeasta yläkulmasta.' },
  render: (args) => (
    <p>
      Asiakasnumero <Toggletip {...args} />
    </p>
  ),
} satisfies Meta<typeof Toggletip>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Enter opens the bubble and its text goes to the status region; Escape closes it, focus stays. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Lisätietoa: asiakasnumero' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent('Löydät asiakasnumeron');
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('button') });
    await new Promise((r) => setTimeout(r, 50));
    await expect(canvas.getByRole('status')).toHaveTextContent('Löydät asiakasnumeron');
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
