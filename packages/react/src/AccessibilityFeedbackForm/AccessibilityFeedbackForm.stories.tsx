import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AccessibilityFeedbackForm } from './AccessibilityFeedbackForm';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/AccessibilityFeedbackForm',
  component: AccessibilityFeedbackForm,
  args: {
    pageUrl: 'https://asiointi.esimerkkila.fi/pysakointi',
    onSubmit: () => new Promise<void>((resolve) => setTimeout(resolve, 300)),
  },
} satisfies Meta<typeof AccessibilityFeedbackForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Keyboard only: a report with a phone number, sent and confirmed. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('Karttaa ei voi käyttää näppäimistöllä');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Puhelimitse' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('040 123 4567');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText('Kiitos, palautteesi on lähetetty')).toBeVisible());
  },
};

/** Submitted empty: the error summary and the field errors. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Lähetä palaute' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('link', { name: 'Kerro, mitä tapahtui' })).toBeVisible();
  },
};

/** Email chosen: the conditional address field is shown. */
export const EmailChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('radio', { name: 'Sähköpostilla' }).focus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('textbox', { name: 'Sähköpostiosoite' })).toBeVisible();
  },
};

export const SendFailed: Story = {
  args: { onSubmit: () => Promise.reject(new Error('offline')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('textbox', { name: /Mitä tapahtui/ }).focus();
    await userEvent.keyboard('Painikkeella ei ole nimeä');
    canvas.getByRole('radio', { name: 'Älä ota yhteyttä' }).focus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: 'Lähetä palaute' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(/Palautteen lähettäminen ei onnistunut/)).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /Mitä tapahtui/ })).toHaveValue('Painikkeella ei ole nimeä');
  },
};

/** Without onSubmit the form posts to `action`. */
export const NativePost: Story = { args: { onSubmit: undefined, action: '/palaute', method: 'post' } };
export const LongText: Story = {
  args: { pageUrl: 'https://asiointi.esimerkkila.fi/pysakointi/asukaspysakointitunnus/hakemus/vaihe-3/ajoneuvon-tiedot?kieli=fi' },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const English: Story = { globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <StateCell label="Empty form" wide>
        <AccessibilityFeedbackForm {...args} />
      </StateCell>
      <StateCell label="Swedish" locale="sv" wide>
        <AccessibilityFeedbackForm {...args} />
      </StateCell>
      <StateCell label="Long page address" wide>
        <AccessibilityFeedbackForm {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
