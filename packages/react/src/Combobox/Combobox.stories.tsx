import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Dialog } from '../Dialog';
import { InScrollingDialog, InTableCell, openAndCheckPlacement, type PlacementCheck } from '../../test/popup-placement';
import { Combobox, type ComboboxOption } from './Combobox';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts, type TextContext } from '../../test/storyTexts';

const municipalities: ComboboxOption[] = [
  'Helsinki',
  'Espoo',
  'Vantaa',
  'Kauniainen',
  'Hämeenlinna',
  'Järvenpää',
  'Kerava',
  'Kirkkonummi',
  'Lahti',
  'Porvoo',
  'Tampere',
  'Turku',
  'Ähtäri',
].map((label) => ({ value: label.toLowerCase(), label }));

// Every seventh address is long, as real ones with a district and postal town are: those rows wrap.
const streets: ComboboxOption[] = Array.from({ length: 10_000 }, (_, i) => {
  const street = `${['Mannerheimintie', 'Aleksanterinkatu', 'Hämeentie', 'Mäkelänkatu'][i % 4]} ${Math.floor(i / 4) + 1}`;
  return { value: `s${i + 1}`, label: i % 7 === 3 ? `${street}, Etu-Töölö, 00100 Helsinki: katuosuus Arkadiankadun ja Runeberginkadun välillä, pohjoinen ajorata ja kevyen liikenteen väylä` : street };
});

/**
 * Whether a row is in view as far as it can be: whole, or (a wrapped row taller than the list, as at 320 CSS px
 * with 200 % text) starting at the list's top edge.
 */
function shownWhole(row: DOMRect, box: DOMRect): boolean {
  if (row.top < box.top - 1) return false;
  return row.bottom <= box.bottom + 1 || (row.height > box.height && row.top <= box.top + 1);
}

/** Option rows whose label is cut off: wider than its box, or reaching below its row. */
function clippedOptions(list: HTMLElement): string[] {
  return [...list.querySelectorAll<HTMLElement>('[role="option"]')]
    .filter((option) => {
      const label = option.querySelector<HTMLElement>('.aukio-combobox__label')!;
      return label.scrollWidth > label.clientWidth + 1 || label.getBoundingClientRect().bottom > option.getBoundingClientRect().bottom + 1;
    })
    .map((option) => option.textContent ?? '');
}

const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });

async function searchMunicipalities(query: string, signal: AbortSignal) {
  await delay(300, signal);
  const q = query.toLocaleLowerCase('fi');
  return municipalities.filter((m) => m.label.toLocaleLowerCase('fi').includes(q));
}

const meta = {
  title: 'Components/Combobox',
  component: Combobox,
  args: { label: 'Kotikunta', options: municipalities, name: 'municipality' },
  // The option list is data, not a designer's setting: no JSON tree in the controls.
  argTypes: { options: { control: false } },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts). The municipalities and streets
  // keep their Finnish names: the keyboard tests type parts of them.
  parameters: {
    translations: {
      Kotikunta: { sv: 'Hemkommun', en: 'Home municipality' },
      'Kunta, jossa asut vakituisesti.': { sv: 'Kommunen där du är stadigvarande bosatt.', en: 'The municipality where you permanently live.' },
      'Valitse kotikunta listasta.': { sv: 'Välj hemkommun i listan.', en: 'Choose your home municipality from the list.' },
      Jatka: { sv: 'Fortsätt', en: 'Continue' },
      Ammatti: { sv: 'Yrke', en: 'Occupation' },
      Opettaja: { sv: 'Lärare', en: 'Teacher' },
      Sairaanhoitaja: { sv: 'Sjukskötare', en: 'Nurse' },
      Lähihoitaja: { sv: 'Närvårdare', en: 'Practical nurse' },
      Insinööri: { sv: 'Ingenjör', en: 'Engineer' },
      Katuosoite: { sv: 'Gatuadress', en: 'Street address' },
      'Muuta kotikuntaa': { sv: 'Ändra hemkommun', en: 'Change home municipality' },
      Kunta: { sv: 'Kommun', en: 'Municipality' },
      'Kunta, jossa asuit vakituisesti edellisen verovuoden viimeisenä päivänä (31.12.)': {
        sv: 'Kommunen där du var stadigvarande bosatt den sista dagen av föregående skatteår (31.12.)',
        en: 'The municipality where you permanently lived on the last day of the previous tax year (31 Dec)',
      },
      'Jos muutit kesken vuoden, valitse kunta, joka on merkitty väestötietojärjestelmään vuoden viimeisenä päivänä.': {
        sv: 'Om du flyttade under året, välj kommunen som står i befolkningsdatasystemet på årets sista dag.',
        en: 'If you moved during the year, choose the municipality in the population register on the last day of the year.',
      },
      'Helsingin kaupunki – pääkaupunkiseudun suurin kunta ja Suomen pääkaupunki': {
        sv: 'Helsingfors stad – huvudstadsregionens största kommun och Finlands huvudstad',
        en: 'City of Helsinki – the largest municipality of the capital region and the capital of Finland',
      },
      'Kauniaisten kaupunki (Grankulla stad), kaksikielinen kunta Espoon sisällä': {
        sv: 'Grankulla stad (Kauniaisten kaupunki), en tvåspråkig kommun inne i Esbo',
        en: 'City of Kauniainen (Grankulla stad), a bilingual municipality inside Espoo',
      },
      'Kunta, jossa asut vakituisesti ja johon olet ilmoittanut osoitteesi väestötietojärjestelmään': {
        sv: 'Kommunen där du är stadigvarande bosatt och där din adress finns i befolkningsdatasystemet',
        en: 'The municipality where you permanently live and where your address is in the population register',
      },
      'Jos muutat pian, valitse kunta, jossa asut hakemuksen jättöpäivänä. Voit päivittää tiedon myöhemmin.': {
        sv: 'Om du snart flyttar, välj kommunen där du bor den dag du lämnar ansökan. Du kan uppdatera uppgiften senare.',
        en: 'If you are moving soon, choose the municipality where you live on the day you apply. You can update it later.',
      },
    },
  },
} satisfies Meta<typeof Combobox>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Type to filter, Down Arrow to move, Enter to choose. */
export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: new RegExp(storyTexts(context)('Kotikunta')) });
    await userEvent.click(input);
    await userEvent.keyboard('van');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveTextContent('Vantaa');
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveValue('Vantaa');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  },
};

/** The list open with an active option, so the open state is checked with axe too. */
export const Open: Story = {
  args: { defaultValue: 'espoo', hint: 'Kunta, jossa asut vakituisesti.' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('option', { name: 'Espoo' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Test only (keyboard, out of the sidebar and docs): the rows of the APG keyboard table, in a real browser. */
export const Keyboard: Story = {
  tags: ['!dev', '!autodocs'],
  render: (args, context) => (
    <div>
      <Combobox {...args} />
      <button type="button" className="aukio-button" data-variant="secondary">
        {storyTexts(context)('Jatka')}
      </button>
    </div>
  ),
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox') as HTMLInputElement;
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowUp}');
    await expect(active()).toHaveTextContent('Ähtäri');
    await userEvent.keyboard('{ArrowDown}');
    await expect(active()).toHaveTextContent('Helsinki');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('en');
    await expect(canvas.getAllByRole('option').map((o) => o.textContent)).toEqual(['Kauniainen', 'Hämeenlinna', 'Järvenpää']);
    await userEvent.keyboard('{ArrowDown}{Home}');
    await expect(input).not.toHaveAttribute('aria-activedescendant');
    await expect(input.selectionStart).toBe(0);
    await userEvent.keyboard('{End}');
    await expect(input.selectionStart).toBe(2);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(input).toHaveValue('Hämeenlinna');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).not.toHaveAttribute('aria-activedescendant');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await userEvent.tab();
    await expect(input).toHaveValue('Espoo');
    await expect(canvas.getByRole('button', { name: storyTexts(context)('Jatka') })).toHaveFocus();
  },
};

export const FreeText: Story = {
  args: { label: 'Ammatti', freeText: true, options: [
    { value: 'opettaja', label: 'Opettaja' },
    { value: 'sairaanhoitaja', label: 'Sairaanhoitaja' },
    { value: 'lähihoitaja', label: 'Lähihoitaja' },
    { value: 'insinööri', label: 'Insinööri' },
  ] },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('Kirjastonhoitaja{Escape}');
    await expect(input).toHaveValue('Kirjastonhoitaja');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
  },
};

export const WithError: Story = {
  args: { required: true, hint: 'Kunta, jossa asut vakituisesti.', error: 'Valitse kotikunta listasta.' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'turku' } };

export const DisabledOption: Story = {
  args: { options: municipalities.map((m, i) => (i === 1 ? { ...m, disabled: true } : m)) },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveTextContent('Vantaa');
  },
};

/**
 * 10,000 options, virtualised: only the rows in view are rendered, each measured, so long labels wrap
 * (at 320 CSS px with 200 % text too) and the active option stays whole in view; positions stay right.
 */
export const TenThousandOptions: Story = {
  args: { label: 'Katuosoite', options: streets, name: 'street' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowUp}');
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    await expect(active()).toHaveAttribute('aria-posinset', '10000');
    await expect(active()).toHaveAttribute('aria-setsize', '10000');
    await expect(canvas.getAllByRole('option').length).toBeLessThan(60);
    const list = canvas.getByRole('listbox');
    const box = list.getBoundingClientRect();
    const row = active().getBoundingClientRect();
    await expect(shownWhole(row, box)).toBe(true);
    await userEvent.keyboard('{ArrowDown}');
    await expect(active()).toHaveAttribute('aria-posinset', '1');
    await userEvent.keyboard('{PageDown}{PageDown}');
    await expect(active()).toHaveAttribute('aria-posinset', '21');
    // Long labels wrap onto more lines instead of being cut off with an ellipsis.
    await expect(clippedOptions(list)).toEqual([]);
    const heights = canvas.getAllByRole('option').map((o) => Math.round(o.getBoundingClientRect().height));
    await expect(new Set(heights).size).toBeGreaterThan(1);
    // Moving far with measured, wrapped rows still shows the active option whole.
    for (let i = 0; i < 5; i++) await userEvent.keyboard('{PageDown}');
    await expect(active()).toHaveAttribute('aria-posinset', '71');
    await expect(shownWhole(active().getBoundingClientRect(), list.getBoundingClientRect())).toBe(true);
    await expect(clippedOptions(list)).toEqual([]);
  },
};

/** Options loaded for what the user types, with the loading state announced. */
export const Async: Story = {
  args: { options: undefined, loadOptions: searchMunicipalities },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('ka');
    await expect(await canvas.findByRole('option', { name: 'Kauniainen' })).toBeVisible();
  },
};

/**
 * Async with a preset value: `options` holds the preset's option, so the server HTML already shows "Espoo" (and
 * a form posts it before JavaScript); after loading, the value stays and the hidden input posts `espoo`.
 */
export const AsyncPresetValue: Story = {
  args: { options: [{ value: 'espoo', label: 'Espoo' }], loadOptions: searchMunicipalities, defaultValue: 'espoo' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox');
    await expect(input).toHaveValue('Espoo');
    await expect(canvasElement.querySelector('input[type="hidden"][name="municipality"]')).toHaveValue('espoo');
    await userEvent.click(canvas.getByRole('button', { name: builtInTexts(context)('combobox.showOptions') }));
    await expect(await canvas.findByRole('option', { name: 'Kauniainen' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('Espoo');
  },
};

export const AsyncLoading: Story = {
  args: { options: undefined, loadOptions: () => new Promise(() => {}) },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('ka');
    await expect(await canvas.findByText(builtInTexts(context)('combobox.loading'))).toBeVisible();
  },
};

export const AsyncError: Story = {
  args: { options: undefined, loadOptions: () => Promise.reject(new Error('503')) },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const input = canvas.getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('Tam');
    await expect(await canvas.findByRole('button', { name: b('combobox.retry') })).toBeVisible();
    await expect(canvas.getByText(b('combobox.error'))).toBeVisible();
    await expect(input).toHaveValue('Tam');
  },
};

export const NoResults: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const noResults = builtInTexts(context)('combobox.noResults');
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('Oulu');
    await expect(canvas.getByText(noResults)).toBeVisible();
    await waitFor(() => expect(document.getElementById('aukio-announcer-polite')).toHaveTextContent(noResults));
  },
};

/**
 * Inside a modal dialog (`showModal`), where everything outside the dialog is inert: the result count is
 * written to a live region inside the dialog, so a screen reader still reads it.
 */
export const InDialog: Story = {
  render: (args, context) => (
    <Dialog title={storyTexts(context)('Muuta kotikuntaa')} defaultOpen>
      <Combobox {...args} />
    </Dialog>
  ),
  play: async ({ canvasElement, ...context }) => {
    const dialog = within(canvasElement.ownerDocument.body).getByRole('dialog', { name: storyTexts(context)('Muuta kotikuntaa') });
    await waitFor(() => expect(within(dialog).getByRole('combobox')).toHaveFocus());
    await userEvent.keyboard('ta');
    const results = builtInTexts(context)('combobox.results.other', { count: 2 });
    await waitFor(() => expect(dialog.querySelector('[data-aukio-announcer-modal="polite"]')).toHaveTextContent(results));
  },
};

/** Opened and chosen with touch: the tap that opens the list does not close it. */
export const Touch: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox');
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('button', { name: builtInTexts(context)('combobox.showOptions') }) });
    await new Promise((r) => setTimeout(r, 100));
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('option', { name: 'Kerava' }) });
    await expect(input).toHaveValue('Kerava');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  },
};

export const LongText: Story = {
  args: {
    label: 'Kunta, jossa asuit vakituisesti edellisen verovuoden viimeisenä päivänä (31.12.)',
    hint: 'Jos muutit kesken vuoden, valitse kunta, joka on merkitty väestötietojärjestelmään vuoden viimeisenä päivänä.',
    options: [
      { value: 'a', label: 'Helsingin kaupunki – pääkaupunkiseudun suurin kunta ja Suomen pääkaupunki' },
      { value: 'b', label: 'Kauniaisten kaupunki (Grankulla stad), kaksikielinen kunta Espoon sisällä' },
      { value: 'c', label: 'Pohjois-Pohjanmaanhyvinvointialueenpalvelukeskus' },
    ],
  },
  play: async ({ canvasElement, ...context }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: builtInTexts(context)('combobox.showOptions') }));
  },
};

export const Swedish: Story = {
  args: { label: 'Hemkommun', hint: 'Kommunen där du är stadigvarande bosatt.' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await userEvent.keyboard('xyz');
    await expect(canvas.getByText('Inga resultat')).toBeVisible();
  },
};

export const English: Story = {
  args: { label: 'Home municipality', hint: 'Where you permanently live.' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show options' }));
    await expect(canvas.getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
  },
};

// Placement: the list sits in the top layer (internal/popup.ts), so no scrolling or clipping ancestor cuts it off;
// it lines up with the field, opens above it where there is more room there, and shrinks to the room it has.
// Each story opens it with the toggle button and checks every corner is visible (light and 320 px, 200 % text).
const placementCheck = (canvasElement: HTMLElement, context: Pick<TextContext, 'globals'>, more: Partial<PlacementCheck> = {}) =>
  openAndCheckPlacement({
    canvasElement,
    trigger: builtInTexts(context)('combobox.showOptions'),
    popup: (body) => body.getByRole('listbox').closest('.aukio-combobox__popup') as HTMLElement,
    ...more,
  });

/** At the bottom of a modal Dialog whose body scrolls: the list shows in full over the dialog's edge. */
export const PlacementInDialog: Story = {
  render: (args) => (
    <InScrollingDialog>
      <Combobox {...args} />
    </InScrollingDialog>
  ),
  play: async ({ canvasElement, ...context }) => {
    await placementCheck(canvasElement, context);
    // The keyboard still works from the input: Down Arrow moves the active option in the top-layer list.
    const body = within(canvasElement.ownerDocument.body);
    const input = body.getByRole('combobox');
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    // Escape closes only the list: the dialog around it stays open (one dismiss per press).
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(body.getByRole('dialog', { name: 'Hakemuksen tiedot' })).toBeVisible();
    await expect(input).toHaveFocus();
  },
};

/** In a Table cell: the table's scroll box does not clip the list. */
export const PlacementInTable: Story = {
  args: { label: 'Kunta' },
  render: (args) => (
    <InTableCell>
      <Combobox {...args} />
    </InTableCell>
  ),
  play: ({ canvasElement, ...context }) => placementCheck(canvasElement, context),
};

/** At the bottom edge of the viewport: the list opens above the field. */
export const PlacementAtBottomEdge: Story = {
  play: ({ canvasElement, ...context }) => placementCheck(canvasElement, context, { edge: 'bottom' }),
};

/** At the right edge of the viewport: the list stays as wide as the field, inside the viewport. */
export const PlacementAtRightEdge: Story = {
  play: async ({ canvasElement, ...context }) => {
    await placementCheck(canvasElement, context, { edge: 'right' });
    const field = canvasElement.querySelector('.aukio-combobox__field')!.getBoundingClientRect();
    const popup = within(canvasElement).getByRole('listbox').closest('.aukio-combobox__popup')!.getBoundingClientRect();
    await expect(Math.abs(popup.left - field.left)).toBeLessThan(1);
    await expect(Math.abs(popup.width - field.width)).toBeLessThan(1);
  },
};

/** 10,000 measured rows at the bottom right corner: above the field, the virtual list keeps working there. */
export const PlacementVirtualAtBottomRightCorner: Story = {
  args: { label: 'Katuosoite', options: streets, name: 'street' },
  play: async ({ canvasElement, ...context }) => {
    await placementCheck(canvasElement, context, { edge: 'bottom-right' });
    const input = within(canvasElement).getByRole('combobox');
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    await userEvent.keyboard('{ArrowUp}');
    await expect(active()).toHaveAttribute('aria-posinset', '10000');
    const list = within(canvasElement).getByRole('listbox');
    await waitFor(() => expect(shownWhole(active().getBoundingClientRect(), list.getBoundingClientRect())).toBe(true));
  },
};

/** Where CSS anchor positioning is missing, @floating-ui/dom places it (simulated here): the same checks hold. */
export const PlacedByScript: Story = {
  play: ({ canvasElement, ...context }) => placementCheck(canvasElement, context, { edge: 'bottom-right', withoutAnchorPositioning: true }),
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
          <Combobox {...args} />
        </InteractionCells>
        <StateCell label="Chosen">
          <Combobox {...args} defaultValue="espoo" />
        </StateCell>
        <StateCell label="Error, required">
          <Combobox {...t(storyArgs(args, WithError))} />
        </StateCell>
        <StateCell label="Disabled">
          <Combobox {...storyArgs(args, Disabled)} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <Combobox {...storyArgs(args, { args: { label: 'Hemkommun', hint: 'Kommunen där du bor stadigvarande.' } })} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Combobox
            {...t(
              storyArgs(args, {
                args: {
                  label: 'Kunta, jossa asut vakituisesti ja johon olet ilmoittanut osoitteesi väestötietojärjestelmään',
                  hint: 'Jos muutat pian, valitse kunta, jossa asut hakemuksen jättöpäivänä. Voit päivittää tiedon myöhemmin.',
                },
              }),
            )}
          />
        </StateCell>
        <StateCell label="Open, an option active" hint="opened by its play function" popup="tall" wide>
          <Combobox {...args} name="open" />
        </StateCell>
      </StateGrid>
    );
  },
  // Only one list is open at a time, and only a person's keys open it: the last cell's list, with an active option.
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<HTMLInputElement>('.aukio-state-cell:last-child [role="combobox"]');
    if (!input) throw new Error('no combobox in the open cell');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
  },
};
