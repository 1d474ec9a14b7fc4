import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Skeleton } from './Skeleton';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Skeleton',
  component: Skeleton,
  // The main props as controls (the docs page's controls change the canvas above them).
  argTypes: {
    shape: { control: 'inline-radio', options: ['text', 'rect', 'circle'] },
    lines: { control: { type: 'number', min: 1, max: 10 } },
    label: { control: 'text' },
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Profiilia ladataan': { sv: 'Profilen laddas', en: 'Loading profile' },
      'Tekstiä ladataan': { sv: 'Texten laddas', en: 'Loading text' },
      'Asukaspysäköintitunnuksen hakemuksen tietoja ja liitteitä ladataan palvelusta': {
        sv: 'Uppgifter och bilagor för ansökan om invånarparkeringstillstånd laddas från tjänsten',
        en: 'Loading the details and attachments of the resident parking permit application from the service',
      },
    },
  },
} satisfies Meta<typeof Skeleton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = {
  play: async ({ canvasElement, ...context }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(builtInTexts(context)('skeleton.label'));
  },
};
export const Rect: Story = { args: { shape: 'rect' } };
export const Circle: Story = { args: { shape: 'circle' } };
export const CardPlaceholder: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-stack">
        <Skeleton shape="circle" label={t('Profiilia ladataan')} />
        <Skeleton shape="text" lines={2} label={t('Tekstiä ladataan')} />
      </div>
    );
  },
};
export const LongText: Story = { args: { lines: 8, label: 'Asukaspysäköintitunnuksen hakemuksen tietoja ja liitteitä ladataan palvelusta' } };
export const Swedish: Story = {
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Innehållet laddas');
  },
};
export const English: Story = { globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      {(
        [
          ['Text', Text],
          ['Rectangle', Rect],
          ['Circle', Circle],
        ] as const
      ).map(([label, story]) => (
        <StateCell key={label} label={label}>
          <Skeleton {...storyArgs(args, story)} />
        </StateCell>
      ))}
      <StateCell label="Swedish" locale="sv">
        <Skeleton {...args} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Skeleton {...storyTexts(context)(storyArgs(args, LongText))} />
      </StateCell>
    </StateGrid>
  ),
};
