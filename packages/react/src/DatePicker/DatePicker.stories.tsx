import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DatePicker } from './DatePicker';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInPattern, builtInTexts, storyLocale, storyTexts, type TextContext } from '../../test/storyTexts';

const meta = {
  title: 'Components/DatePicker',
  component: DatePicker,
  args: { legend: 'Pysäköintitunnuksen alkamispäivä', name: 'start', hint: 'Esimerkiksi 15 3 2027' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Pysäköintitunnuksen alkamispäivä': { sv: 'Parkeringstillståndets startdatum', en: 'Parking permit start date' },
      'Esimerkiksi 15 3 2027': { sv: 'Till exempel 15 3 2027', en: 'For example 15 3 2027' },
      'Valitse päivä väliltä 5.11.–25.11.2026.': { sv: 'Välj en dag mellan 5.11 och 25.11.2026.', en: 'Choose a day from 5 to 25 November 2026.' },
      'Neuvola-ajan päivä': { sv: 'Dag för tid på rådgivningen', en: 'Day of the child health clinic visit' },
      'Neuvola on auki arkisin.': { sv: 'Rådgivningen är öppen på vardagar.', en: 'The clinic is open on weekdays.' },
      Muuttopäivä: { sv: 'Flyttdag', en: 'Moving day' },
      Alkamispäivä: { sv: 'Startdatum', en: 'Start date' },
      Päättymispäivä: { sv: 'Slutdatum', en: 'End date' },
      Tapaamispäivä: { sv: 'Dag för mötet', en: 'Meeting day' },
      '31.2.2027 ei ole olemassa oleva päivämäärä': { sv: '31.2.2027 är inte ett datum som finns', en: '31/2/2027 is not a real date' },
      'Päivä, josta alkaen asukaspysäköintitunnuksen on oltava voimassa (enintään vuoden päähän)': {
        sv: 'Dagen då invånarparkeringstillståndet ska börja gälla (högst ett år framåt)',
        en: 'The day the resident parking permit is to start (at most one year ahead)',
      },
      'Tunnus on voimassa vuoden valitusta päivästä. Jos muutat alueelle myöhemmin, valitse muuttopäivä.': {
        sv: 'Tillståndet gäller ett år från den valda dagen. Om du flyttar till området senare, välj flyttdagen.',
        en: 'The permit is valid for a year from the day you choose. If you move to the area later, choose the moving day.',
      },
    },
  },
} satisfies Meta<typeof DatePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

const focusedDate = () => document.activeElement?.getAttribute('data-date');

/** A pattern for names that start with `text`. */
const startingWith = (text: string) => new RegExp('^' + text.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
/** The calendar's name for the month of `iso`, and a day's name, in the story's language (as the component writes them). */
const monthName = (context: Pick<TextContext, 'globals'>, iso: string) =>
  new Intl.DateTimeFormat(storyLocale(context), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
const dayName = (context: Pick<TextContext, 'globals'>, iso: string) =>
  new Intl.DateTimeFormat(storyLocale(context), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The open calendar fits the viewport (also at 320 px with 200 % text) and every day is a big enough target. */
async function expectFits(canvasElement: HTMLElement) {
  const dialog = within(canvasElement).getByRole('dialog');
  await expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
  await expect(dialog.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);
  for (const cell of within(dialog).getAllByRole('gridcell')) {
    const box = cell.getBoundingClientRect();
    await expect(box.width).toBeGreaterThanOrEqual(24);
    await expect(box.height).toBeGreaterThanOrEqual(44);
  }
}

/** Opens the calendar with its button, found by `name` or by the built-in text of the story's language. */
async function openPicker(canvasElement: HTMLElement, context: Pick<TextContext, 'globals'>, name?: RegExp) {
  const canvas = within(canvasElement);
  name ??= startingWith(builtInTexts(context)('datePicker.open'));
  await userEvent.click(await canvas.findByRole('button', { name }));
  await waitFor(() => expect(canvas.getByRole('dialog')).toHaveAttribute('open'));
  return canvas;
}

/** The fields alone work without JavaScript; the button opens the calendar. */
export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const name = builtInTexts(context)('datePicker.openWithLabel', { label: storyTexts(context)('Pysäköintitunnuksen alkamispäivä') });
    await expect(await canvas.findByRole('button', { name })).toBeVisible();
  },
};

/** The calendar open, so axe checks the open dialog too. */
export const Open: Story = {
  args: { defaultValue: '2026-11-18' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = await openPicker(canvasElement, context);
    await expect(canvas.getByRole('grid')).toHaveAccessibleName(monthName(context, '2026-11-18'));
    await expect(focusedDate()).toBe('2026-11-18');
    await expect(document.activeElement).toHaveAttribute('aria-selected', 'true');
    await expectFits(canvasElement);
  },
};

export const WithValue: Story = {
  args: { defaultValue: '2027-03-15' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: builtInTexts(context)('dateInput.month') })).toHaveValue('3');
  },
};

/** Days before `min` and after `max` are struck through and say why; the calendar stays open on them. */
export const MinMax: Story = {
  args: { defaultValue: '2026-11-10', min: '2026-11-05', max: '2026-11-25', hint: 'Valitse päivä väliltä 5.11.–25.11.2026.' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = await openPicker(canvasElement, context);
    const early = canvas.getByRole('gridcell', { name: builtInTexts(context)('datePicker.outOfRangeDay', { date: dayName(context, '2026-11-04') }) });
    await expect(early).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(early);
    await expect(canvas.getByRole('dialog')).toHaveAttribute('open');
  },
};

/** Unavailable days (here weekends and one holiday) in the calendar and as a typed date. */
export const UnavailableDates: Story = {
  args: {
    legend: 'Neuvola-ajan päivä',
    defaultValue: '2026-12-22',
    hint: 'Neuvola on auki arkisin.',
    isDateUnavailable: (d: string) => ['6', '0'].includes(String(new Date(`${d}T12:00:00Z`).getUTCDay())) || d === '2026-12-24',
  },
  play: async ({ canvasElement, ...context }) => {
    const b = builtInTexts(context);
    const canvas = await openPicker(canvasElement, context);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(document.activeElement).toHaveAccessibleName(b('datePicker.unavailableDay', { date: dayName(context, '2026-12-24') }));
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('dialog')).toHaveAttribute('open');
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    await expect(canvas.getByRole('textbox', { name: b('dateInput.day') })).toHaveValue('23');
  },
};

/** Each built-in message: an impossible date, before `min`, after `max`, and an unavailable date. */
export const ErrorStates: Story = {
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-stack">
        <DatePicker {...args} name="impossible" legend={t('Muuttopäivä')} defaultValue={{ day: '31', month: '2', year: '2027' }} />
        <DatePicker {...args} name="early" legend={t('Alkamispäivä')} min="2027-01-01" defaultValue="2026-12-31" />
        <DatePicker {...args} name="late" legend={t('Päättymispäivä')} max="2027-12-31" defaultValue="2028-01-01" />
        <DatePicker
          {...args}
          name="unavailable"
          legend={t('Tapaamispäivä')}
          defaultValue="2027-12-24"
          isDateUnavailable={(d) => d === '2027-12-24'}
        />
      </div>
    );
  },
  args: { hint: undefined },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    // Visit every group and leave it: each checks itself on the way out.
    for (const group of canvas.getAllByRole('group')) {
      await userEvent.click(within(group).getByRole('textbox', { name: builtInTexts(context)('dateInput.year') }));
    }
    await userEvent.tab();
    await userEvent.tab();
    // In Finnish exactly; in Swedish and English the dates are written the language's way.
    const fi = storyLocale(context) === 'fi';
    await expect(canvas.getByText(fi ? /31\.2\.2027 ei ole olemassa oleva päivämäärä/ : builtInPattern(context, 'dateInput.notReal'))).toBeVisible();
    await expect(canvas.getByText(fi ? 'Päivämäärän on oltava 1.1.2027 tai myöhemmin' : builtInPattern(context, 'dateInput.tooEarly'))).toBeVisible();
    await expect(canvas.getByText(fi ? 'Päivämäärän on oltava 31.12.2027 tai aikaisemmin' : builtInPattern(context, 'dateInput.tooLate'))).toBeVisible();
    await expect(canvas.getByText(fi ? '24.12.2027 ei ole valittavissa. Valitse toinen päivä' : builtInPattern(context, 'datePicker.unavailable'))).toBeVisible();
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: '2026-11-18' },
  play: async ({ canvasElement, ...context }) => {
    await expect(await within(canvasElement).findByRole('button', { name: startingWith(builtInTexts(context)('datePicker.open')) })).toBeDisabled();
  },
};

export const LongText: Story = {
  args: {
    legend: 'Päivä, josta alkaen asukaspysäköintitunnuksen on oltava voimassa (enintään vuoden päähän)',
    hint: 'Tunnus on voimassa vuoden valitusta päivästä. Jos muutat alueelle myöhemmin, valitse muuttopäivä.',
    defaultValue: '2026-09-30',
  },
  play: async ({ canvasElement, ...context }) => {
    await openPicker(canvasElement, context);
    await expectFits(canvasElement);
  },
};

export const Swedish: Story = {
  args: { legend: 'Parkeringstillståndets startdatum', hint: 'Till exempel 15 3 2027', defaultValue: '2026-11-18' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = await openPicker(canvasElement, context, /^Välj datum: Parkeringstillståndets startdatum/);
    await expect(canvas.getByRole('grid')).toHaveAccessibleName('november 2026');
    await expect(canvas.getAllByRole('columnheader')[0]).toHaveTextContent('måndag');
  },
};

export const English: Story = {
  args: { legend: 'Parking permit start date', hint: 'For example 15 3 2027', defaultValue: '2026-11-18' },
  globals: { locale: 'en' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = await openPicker(canvasElement, context, /^Choose date: Parking permit start date/);
    await expect(canvas.getByRole('grid')).toHaveAccessibleName('November 2026');
    await userEvent.click(canvas.getByRole('button', { name: 'Next month' }));
    await expect(canvas.getByRole('grid')).toHaveAccessibleName('December 2026');
  },
};

/** Opened with a tap and a day chosen with a tap. */
export const Touch: Story = {
  args: { defaultValue: '2026-11-18' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await userEvent.pointer({ keys: '[TouchA]', target: await canvas.findByRole('button', { name: startingWith(b('datePicker.open')) }) });
    await waitFor(() => expect(canvas.getByRole('dialog')).toHaveAttribute('open'));
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('gridcell', { name: startingWith(dayName(context, '2026-11-26')) }) });
    await expect(canvas.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    await expect(canvas.getByRole('textbox', { name: b('dateInput.day') })).toHaveValue('26');
    await expect(canvas.getByRole('textbox', { name: b('dateInput.month') })).toHaveValue('11');
  },
};

/** APG rows: Left / Right Arrow move a day, Up / Down Arrow a week; crossing the month re-renders it. */
export const KeyboardArrows: Story = {
  // A test of the keyboard behaviour, not a state to look at: tested, but not listed in the sidebar.
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: '2026-11-30' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = await openPicker(canvasElement, context);
    await userEvent.keyboard('{ArrowRight}');
    await expect(focusedDate()).toBe('2026-12-01');
    await expect(canvas.getByRole('grid')).toHaveAccessibleName(monthName(context, '2026-12-01'));
    await userEvent.keyboard('{ArrowLeft}');
    await expect(focusedDate()).toBe('2026-11-30');
    await userEvent.keyboard('{ArrowUp}');
    await expect(focusedDate()).toBe('2026-11-23');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(focusedDate()).toBe('2026-12-07');
  },
};

/** APG rows: Home and End move to Monday and Sunday of the week. */
export const KeyboardHomeEnd: Story = {
  // A test of the keyboard behaviour, not a state to look at: tested, but not listed in the sidebar.
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: '2026-11-18' },
  play: async ({ canvasElement, ...context }) => {
    await openPicker(canvasElement, context);
    await userEvent.keyboard('{Home}');
    await expect(focusedDate()).toBe('2026-11-16');
    await userEvent.keyboard('{End}');
    await expect(focusedDate()).toBe('2026-11-22');
  },
};

/** APG rows: Page Up / Page Down change the month, with Shift the year (the day clamped: 31 Jan to 28 Feb). */
export const KeyboardPages: Story = {
  // A test of the keyboard behaviour, not a state to look at: tested, but not listed in the sidebar.
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: '2026-01-31' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = await openPicker(canvasElement, context);
    await userEvent.keyboard('{PageDown}');
    await expect(focusedDate()).toBe('2026-02-28');
    await expect(canvas.getByRole('grid')).toHaveAccessibleName(monthName(context, '2026-02-28'));
    await userEvent.keyboard('{PageUp}{PageUp}');
    await expect(focusedDate()).toBe('2025-12-28');
    await userEvent.keyboard('{Shift>}{PageDown}{/Shift}');
    await expect(focusedDate()).toBe('2026-12-28');
    await userEvent.keyboard('{Shift>}{PageUp}{PageUp}{/Shift}');
    await expect(focusedDate()).toBe('2024-12-28');
    await expect(canvas.getByRole('grid')).toHaveAccessibleName(monthName(context, '2024-12-28'));
  },
};

/** APG rows: Enter and Space choose the day, fill the fields and return focus; Escape closes without a change. */
export const KeyboardSelect: Story = {
  // A test of the keyboard behaviour, not a state to look at: tested, but not listed in the sidebar.
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: '2026-11-18' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = await openPicker(canvasElement, context);
    const day = builtInTexts(context)('dateInput.day');
    const button = canvas.getByRole('button', { name: startingWith(builtInTexts(context)('datePicker.open')) });
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect(canvas.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    await expect(canvas.getByRole('textbox', { name: day })).toHaveValue('19');
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focusedDate()).toBe('2026-11-19'));
    await userEvent.keyboard('{ArrowRight} ');
    await expect(canvas.getByRole('textbox', { name: day })).toHaveValue('20');
    await expect(button).toHaveFocus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(focusedDate()).toBe('2026-11-20'));
    await userEvent.keyboard('{ArrowDown}{Escape}');
    await expect(canvas.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    await expect(canvas.getByRole('textbox', { name: day })).toHaveValue('20');
    await expect(button).toHaveFocus();
  },
};

/** APG rows: Tab and Shift+Tab cycle through the buttons, the one focusable day and Cancel, inside the dialog. */
export const KeyboardTab: Story = {
  // A test of the keyboard behaviour, not a state to look at: tested, but not listed in the sidebar.
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: '2026-11-18' },
  play: async ({ canvasElement, ...context }) => {
    const b = builtInTexts(context);
    const canvas = await openPicker(canvasElement, context);
    const day = document.activeElement;
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: b('datePicker.cancel') })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: b('datePicker.previousYear') })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: b('datePicker.previousMonth') })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('button', { name: b('datePicker.cancel') })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(day).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: b('datePicker.cancel') }));
    await expect(canvas.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
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
        <InteractionCells label="Calendar button" target="button">
          <DatePicker {...args} />
        </InteractionCells>
        <StateCell label="With value">
          <DatePicker {...storyArgs(args, WithValue)} />
        </StateCell>
        <StateCell label="Error" hint="shown when you leave the fields">
          <DatePicker {...args} legend={t('Muuttopäivä')} hint={undefined} error={t('31.2.2027 ei ole olemassa oleva päivämäärä')} />
        </StateCell>
        <StateCell label="Disabled">
          <DatePicker {...storyArgs(args, Disabled)} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <DatePicker {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <DatePicker {...t(storyArgs(args, LongText))} />
        </StateCell>
        <StateCell label="Calendar open" hint="a modal dialog: see the Open story" locale="en" wide>
          <p>The calendar opens as a modal dialog, which makes the rest of the page inert, so it is not opened here.</p>
        </StateCell>
      </StateGrid>
    );
  },
};
