import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SearchInput } from './SearchInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/SearchInput',
  component: SearchInput,
  args: { label: 'Hae sivustolta', name: 'q', onSearch: fn() },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      'Hae sivustolta': { sv: 'Sök på webbplatsen', en: 'Search the site' },
      'Hae tapahtumia': { sv: 'Sök evenemang', en: 'Search events' },
      'Tapahtuman nimi, paikka tai esiintyjä': { sv: 'Evenemangets namn, plats eller artist', en: 'Event name, place or performer' },
      'Hae toimipisteitä': { sv: 'Sök verksamhetsställen', en: 'Search service points' },
      'Kirjoita vähintään kaksi merkkiä': { sv: 'Skriv minst två tecken', en: 'Enter at least two characters' },
      'Suodata luetteloa': { sv: 'Filtrera listan', en: 'Filter the list' },
      kirjasto: { sv: 'bibliotek', en: 'library' },
      päiväkoti: { sv: 'daghem', en: 'day care' },
      'Hae kaupungin palveluista, tapahtumista, toimipisteistä ja päätöksistä hakusanalla tai diaarinumerolla': {
        sv: 'Sök bland stadens tjänster, evenemang, verksamhetsställen och beslut med ett sökord eller ett diarienummer',
        en: 'Search the city’s services, events, service points and decisions by a search word or a record number',
      },
      'Voit hakea esimerkiksi palvelun nimellä, kaupunginosan nimellä tai päätöksen diaarinumerolla muodossa HEL 2026-001234.': {
        sv: 'Du kan söka till exempel med tjänstens namn, stadsdelens namn eller beslutets diarienummer i formen HEL 2026-001234.',
        en: 'You can search, for example, by the name of a service, the name of a district or the record number of a decision in the form HEL 2026-001234.',
      },
      'asukaspysäköintitunnuksen uusiminen sähköisesti': {
        sv: 'förnya invånarparkeringstillstånd elektroniskt',
        en: 'renewing a resident parking permit online',
      },
    },
  },
} satisfies Meta<typeof SearchInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args, ...context }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox', { name: storyTexts(context)('Hae sivustolta') });
    await userEvent.click(input);
    await userEvent.keyboard('uimahalli{Enter}');
    await expect(args.onSearch).toHaveBeenCalledWith('uimahalli', expect.anything());
    await expect(canvas.getByRole('search')).toBeInTheDocument();
  },
};
/** With text: the clear button empties the field and returns focus to it; Escape does the same. */
export const WithValue: Story = {
  args: { defaultValue: 'kirjasto' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox');
    await userEvent.click(canvas.getByRole('button', { name: builtInTexts(context)('searchInput.clear') }));
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await userEvent.keyboard('sauna');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
    await userEvent.keyboard('sauna');
  },
};
export const WithHint: Story = { args: { label: 'Hae tapahtumia', hint: 'Tapahtuman nimi, paikka tai esiintyjä' } };
export const Error: Story = { args: { label: 'Hae toimipisteitä', defaultValue: 'a', error: 'Kirjoita vähintään kaksi merkkiä' } };
export const WithoutLandmark: Story = {
  args: { label: 'Suodata luetteloa', landmark: false, hideSubmit: true, defaultValue: 'päiväkoti' },
};
export const HiddenLabel: Story = { args: { label: undefined, 'aria-label': 'Hae sivustolta' } as never };
export const Disabled: Story = { args: { disabled: true } };
export const LongText: Story = {
  args: {
    label: 'Hae kaupungin palveluista, tapahtumista, toimipisteistä ja päätöksistä hakusanalla tai diaarinumerolla',
    hint: 'Voit hakea esimerkiksi palvelun nimellä, kaupunginosan nimellä tai päätöksen diaarinumerolla muodossa HEL 2026-001234.',
    defaultValue: 'asukaspysäköintitunnuksen uusiminen sähköisesti',
  },
};
export const Swedish: Story = {
  args: { label: 'Sök på webbplatsen', defaultValue: 'bibliotek' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Sök' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Töm sökningen' }));
    await expect(canvas.getByRole('searchbox')).toHaveFocus();
  },
};
export const English: Story = {
  args: { label: 'Search the site', defaultValue: 'library' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Search' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Clear search' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Default" states={['focus']}>
          <SearchInput {...args} landmark={false} />
        </InteractionCells>
        <InteractionCells label="Search button" target="button">
          <SearchInput {...args} landmark={false} />
        </InteractionCells>
        <InteractionCells label="With text, clear button" target=".aukio-search-input__clear">
          <SearchInput {...args} landmark={false} defaultValue={t('kirjasto')} />
        </InteractionCells>
        <StateCell label="With hint">
          <SearchInput {...t(storyArgs(args, WithHint))} landmark={false} />
        </StateCell>
        <StateCell label="Error">
          <SearchInput {...t(storyArgs(args, Error))} landmark={false} />
        </StateCell>
        <StateCell label="Without search button">
          <SearchInput {...t(storyArgs(args, WithoutLandmark))} />
        </StateCell>
        <StateCell label="Disabled">
          <SearchInput {...t(storyArgs(args, Disabled))} landmark={false} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <SearchInput {...storyArgs(args, Swedish)} landmark={false} />
        </StateCell>
        <StateCell label="Long text" wide>
          <SearchInput {...t(storyArgs(args, LongText))} landmark={false} />
        </StateCell>
      </StateGrid>
    );
  },
};
