import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Select } from './Select';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const districts = [
  { value: 'kallio', label: 'Kallio' },
  { value: 'vallila', label: 'Vallila' },
  { value: 'toolo', label: 'Töölö' },
];

const meta = {
  title: 'Components/Select',
  component: Select,
  args: { label: 'Kaupunginosa', name: 'district', options: districts, emptyOption: true },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      Kaupunginosa: { sv: 'Stadsdel', en: 'District' },
      Kallio: { sv: 'Berghäll', en: 'Kallio' },
      Vallila: { sv: 'Vallgård', en: 'Vallila' },
      Töölö: { sv: 'Tölö', en: 'Töölö' },
      'Kaupunginosa, jossa asut.': { sv: 'Stadsdelen där du bor.', en: 'The district where you live.' },
      'Valitse kaupunginosa': { sv: 'Välj stadsdel', en: 'Choose a district' },
      Palvelupiste: { sv: 'Serviceställe', en: 'Service point' },
      'Itäinen alue': { sv: 'Östra området', en: 'Eastern area' },
      'Pohjoinen alue': { sv: 'Norra området', en: 'Northern area' },
      Itäkeskus: { sv: 'Östra centrum', en: 'Itäkeskus' },
      Verkossa: { sv: 'På nätet', en: 'Online' },
    },
  },
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const name = `${storyTexts(context)('Kaupunginosa')} ${builtInTexts(context)('field.optional')}`;
    const select = within(canvasElement).getByRole('combobox', { name });
    await expect(select).toHaveValue('');
    await userEvent.tab();
    await expect(select).toHaveFocus();
    await userEvent.selectOptions(select, 'vallila');
    await expect(select).toHaveValue('vallila');
  },
};
export const WithoutEmptyOption: Story = { args: { emptyOption: false } };
export const WithHint: Story = { args: { hint: 'Kaupunginosa, jossa asut.', required: true } };
export const Groups: Story = {
  args: {
    label: 'Palvelupiste',
    options: [
      { label: 'Itäinen alue', options: [{ value: 'itis', label: 'Itäkeskus' }, { value: 'kontula', label: 'Kontula' }] },
      { label: 'Pohjoinen alue', options: [{ value: 'malmi', label: 'Malmi' }] },
      { value: 'online', label: 'Verkossa' },
    ],
  },
};
export const Error: Story = { args: { required: true, error: 'Valitse kaupunginosa' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'kallio' } };
export const LongText: Story = {
  args: {
    label: 'Toimipiste, jossa haluat asioida henkilökohtaisesti, jos asiaa ei voida hoitaa puhelimitse tai verkossa',
    hint: 'Kaikki toimipisteet ovat esteettömiä. Joissakin toimipisteissä on induktiosilmukka ja viittomakielinen palvelu.',
    error: 'Valitse toimipiste, jotta voimme varata sinulle ajan ja lähettää vahvistuksen',
    options: [{ value: 'a', label: 'Kalasataman terveys- ja hyvinvointikeskus, sisäänkäynti Kalasatamankadun puolelta' }],
  },
};
export const Swedish: Story = {
  args: { label: 'Stadsdel', hint: 'Stadsdelen där du bor.', error: 'Välj stadsdel', options: [{ value: 'berghall', label: 'Berghäll' }] },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { label: 'District', hint: 'Where you live.', options: [{ value: 'kallio', label: 'Kallio' }] },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <Select {...args} />
      </InteractionCells>
      <StateCell label="Required, with hint">
        <Select {...storyArgs(args, WithHint)} />
      </StateCell>
      <StateCell label="Error">
        <Select {...storyArgs(args, Error)} />
      </StateCell>
      <StateCell label="Disabled">
        <Select {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Select {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Select {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
