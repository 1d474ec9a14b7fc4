import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Tag } from '../Tag';
import { Stack } from './Stack';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { elementTexts, storyTexts } from '../../test/storyTexts';

const Box = ({ children }: { children: string }) => <Tag>{children}</Tag>;

const meta = {
  title: 'Components/Stack',
  component: Stack,
  args: {
    children: (
      <>
        <Box>Ensimmäinen</Box>
        <Box>Toinen</Box>
        <Box>Kolmas</Box>
      </>
    ),
  },
  // The main props as controls (the docs page's controls change the canvas above them).
  argTypes: {
    direction: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    gap: { control: 'select', options: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
    align: { control: 'select', options: ['start', 'center', 'end', 'stretch', 'baseline'] },
    justify: { control: 'select', options: ['start', 'center', 'end', 'space-between'] },
    wrap: { control: 'boolean' },
  },
  // The children are elements: their texts in the toolbar's language through elementTexts.
  render: (args, context) => <Stack {...args} children={elementTexts(args.children, storyTexts(context))} />,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Ensimmäinen: { sv: 'Första', en: 'First' },
      Toinen: { sv: 'Andra', en: 'Second' },
      Kolmas: { sv: 'Tredje', en: 'Third' },
      Peruuta: { sv: 'Avbryt', en: 'Cancel' },
      Lähetä: { sv: 'Skicka', en: 'Send' },
      'Asukaspysäköintitunnuksen hakeminen verkossa': { sv: 'Ansök om invånarparkeringstillstånd på nätet', en: 'Applying for a resident parking permit online' },
      'Yrityspysäköintitunnuksen hakeminen ja uusiminen': { sv: 'Ansök om och förnya företagsparkeringstillstånd', en: 'Applying for and renewing a business parking permit' },
      Pitkä_sana_ilman_välilyöntejä_joka_rivittyy_kapealla_näytöllä: {
        sv: 'Ett_långt_ord_utan_mellanslag_som_radbryts_på_en_smal_skärm',
        en: 'A_long_word_without_spaces_that_wraps_on_a_narrow_screen',
      },
    },
  },
} satisfies Meta<typeof Stack>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Vertical: Story = {};
export const Horizontal: Story = { args: { direction: 'horizontal', gap: 3 } };
export const Gaps: Story = {
  render: () => (
    <Stack gap={6}>
      {([0, 2, 4, 8] as const).map((g) => (
        <Stack key={g} direction="horizontal" gap={g}>
          <Box>{`gap ${g}`}</Box>
          <Box>B</Box>
          <Box>C</Box>
        </Stack>
      ))}
    </Stack>
  ),
};
export const ButtonRow: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Stack direction="horizontal" justify="end" gap={3}>
        <button type="button">{t('Peruuta')}</button>
        <button type="button">{t('Lähetä')}</button>
      </Stack>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('button', { name: storyTexts(context)('Peruuta') })).toHaveFocus();
  },
};
export const LongText: Story = {
  args: {
    direction: 'horizontal',
    children: (
      <>
        <Box>Asukaspysäköintitunnuksen hakeminen verkossa</Box>
        <Box>Yrityspysäköintitunnuksen hakeminen ja uusiminen</Box>
        <Box>Pitkä_sana_ilman_välilyöntejä_joka_rivittyy_kapealla_näytöllä</Box>
      </>
    ),
  },
};
export const Swedish: Story = { args: { children: <Box>Första</Box> }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: <Box>First</Box> }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Vertical">
        <Stack {...args} children={elementTexts(args.children, storyTexts(context))} />
      </StateCell>
      <StateCell label="Horizontal">
        <Stack {...storyArgs(args, Horizontal)} children={elementTexts(args.children, storyTexts(context))} />
      </StateCell>
      <StateCell label="Gaps" wide>
        {Gaps.render?.(args, context)}
      </StateCell>
      <StateCell label="A row of buttons, at the end" wide>
        {ButtonRow.render?.(args, context)}
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Stack {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Stack {...storyArgs(args, LongText)} children={elementTexts(LongText.args?.children, storyTexts(context))} />
      </StateCell>
    </StateGrid>
  ),
};
