import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AccessibilityFeedbackForm } from './AccessibilityFeedbackForm';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts } from '../../test/storyTexts';

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
// The form's texts are all built in: the tests find them in the story's language.
export const Sent: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('Karttaa ei voi käyttää näppäimistöllä');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: b('accessibilityFeedbackForm.contactPhone') })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('040 123 4567');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText(b('accessibilityFeedbackForm.sentTitle'))).toBeVisible());
  },
};

/** Submitted empty: the error summary and the field errors. */
export const Errors: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    canvas.getByRole('button', { name: b('accessibilityFeedbackForm.submit') }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('link', { name: b('accessibilityFeedbackForm.descriptionError') })).toBeVisible();
  },
};

/** Email chosen: the conditional address field is shown. */
export const EmailChosen: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    canvas.getByRole('radio', { name: b('accessibilityFeedbackForm.contactEmail') }).focus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('textbox', { name: b('accessibilityFeedbackForm.email') })).toBeVisible();
  },
};

export const SendFailed: Story = {
  args: { onSubmit: () => Promise.reject(new Error('offline')) },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const description = () => canvas.getByRole('textbox', { name: new RegExp(b('accessibilityFeedbackForm.description').replace('?', '\\?')) });
    description().focus();
    await userEvent.keyboard('Painikkeella ei ole nimeä');
    canvas.getByRole('radio', { name: b('accessibilityFeedbackForm.contactNone') }).focus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: b('accessibilityFeedbackForm.submit') }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(b('accessibilityFeedbackForm.sendFailed'))).toBeVisible();
    await expect(description()).toHaveValue('Painikkeella ei ole nimeä');
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
