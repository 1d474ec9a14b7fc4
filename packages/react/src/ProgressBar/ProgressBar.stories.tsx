import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { ProgressBar } from './ProgressBar';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/ProgressBar',
  component: ProgressBar,
  args: { label: 'Ladataan liitettä', value: 40 },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Ladataan liitettä': { sv: 'Bilagan laddas upp', en: 'Uploading attachment' },
      'Haetaan tietoja': { sv: 'Uppgifterna hämtas', en: 'Fetching the details' },
      'Tiedostoja lähetetty': { sv: 'Filer skickade', en: 'Files sent' },
      '3/5 tiedostoa': { sv: '3/5 filer', en: '3/5 files' },
      Edistä: { sv: 'Gå framåt', en: 'Advance' },
      Lähetys: { sv: 'Sändning', en: 'Upload' },
      'Ladataan liitettä asukaspysakointitunnus_hakemus_rekisteriote_ja_vakuutustodistus_2026.pdf': {
        sv: 'Bilagan laddas upp asukaspysakointitunnus_hakemus_rekisteriote_ja_vakuutustodistus_2026.pdf',
        en: 'Uploading attachment asukaspysakointitunnus_hakemus_rekisteriote_ja_vakuutustodistus_2026.pdf',
      },
    },
  },
} satisfies Meta<typeof ProgressBar>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Running: Story = {};
export const Start: Story = { args: { value: 0 } };
export const Complete: Story = { args: { value: 100 } };
export const Indeterminate: Story = { args: { value: undefined, label: 'Haetaan tietoja' } };
export const CustomValueText: Story = { args: { label: 'Tiedostoja lähetetty', value: 3, max: 5, valueText: '3/5 tiedostoa' } };

function Stepper({ t }: { t: ReturnType<typeof storyTexts> }) {
  const [value, setValue] = useState(0);
  return (
    <div className="aukio-story-stack">
      <button type="button" onClick={() => setValue((v) => Math.min(100, v + 25))}>
        {t('Edistä')}
      </button>
      <ProgressBar label={t('Lähetys')} value={value} />
    </div>
  );
}
/** Press the button with the keyboard: the bar moves and its value text follows. */
export const Interactive: Story = {
  render: (_args, context) => <Stepper t={storyTexts(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    canvas.getByRole('button', { name: t('Edistä') }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('progressbar', { name: t('Lähetys') })).toHaveAttribute(
      'aria-valuetext',
      builtInTexts(context)('progressBar.value', { percent: 25 }),
    );
  },
};
export const LongText: Story = {
  args: { label: 'Ladataan liitettä asukaspysakointitunnus_hakemus_rekisteriote_ja_vakuutustodistus_2026.pdf', value: 72 },
};
export const Swedish: Story = { args: { label: 'Bilagan laddas upp', value: 60 }, globals: { locale: 'sv' } };
export const English: Story = { args: { label: 'Uploading attachment', value: 60 }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        {(
          [
            ['Running', Running],
            ['Start', Start],
            ['Complete', Complete],
            ['Indeterminate', Indeterminate],
            ['Own value text', CustomValueText],
          ] as const
        ).map(([label, story]) => (
          <StateCell key={label} label={label}>
            <ProgressBar {...t(storyArgs(args, story))} />
          </StateCell>
        ))}
        <StateCell label="Swedish" locale="sv">
          <ProgressBar {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <ProgressBar {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
