import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, type AukioLocale } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { addMonths, monthWeeks } from './calendar';
import { DatePicker, type DatePickerProps } from './DatePicker';

const LEGEND = 'Pysäköintitunnuksen alkamispäivä';

function setup(props: Partial<DatePickerProps> = {}, locale: AukioLocale = 'fi') {
  const user = userEvent.setup();
  const result = render(
    <AukioProvider locale={locale}>
      <form aria-label="Lomake">
        <DatePicker legend={LEGEND} name="start" {...props} />
        <button type="submit">Lähetä</button>
      </form>
    </AukioProvider>,
  );
  return { user, ...result };
}

const openButton = () => screen.getByRole('button', { name: /Valitse päivämäärä|Välj datum|Choose date/ });
const dialog = () => screen.getByRole('dialog', { hidden: true });
const grid = () => screen.getByRole('grid');
const focusedDate = () => (document.activeElement as HTMLElement).getAttribute('data-date');
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

beforeEach(() => {
  // Only Date is faked: "today" is Friday 27 November 2026; user-event keeps its real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 27, 12));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('calendar helpers', () => {
  it('clamps the day when moving by months and years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks('2026-11-10');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.at(-1)![0]).toBe('2026-11-30');
  });
});

describe('DatePicker', () => {
  it('renders only the fields on the server, the button after hydration', () => {
    const html = renderToString(<DatePicker legend={LEGEND} name="start" />);
    expect(html).toContain('name="start-day"');
    expect(html).not.toContain('<button');
    setup();
    expect(openButton()).toBeInTheDocument();
  });

  it('names the button with the field label', () => {
    setup();
    expect(openButton()).toHaveAccessibleName(`Valitse päivämäärä: ${LEGEND}`);
    expect(openButton()).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('opens on today, labelled by the month, with one tabbable day', async () => {
    const { user } = setup();
    await user.click(openButton());
    expect(dialog()).toHaveAttribute('open');
    expect(dialog()).toHaveAccessibleName('marraskuu 2026');
    expect(grid()).toHaveAccessibleName('marraskuu 2026');
    expect(focusedDate()).toBe('2026-11-27');
    const today = within(grid()).getByRole('gridcell', { name: 'perjantaina 27. marraskuuta 2026' });
    expect(today).toHaveAttribute('aria-current', 'date');
    expect(today).toHaveFocus();
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(screen.getAllByRole('columnheader').map((th) => th.lastChild!.textContent)).toEqual([
      'maanantai',
      'tiistai',
      'keskiviikko',
      'torstai',
      'perjantai',
      'lauantai',
      'sunnuntai',
    ]);
    expect(screen.getAllByRole('columnheader')[0]!.firstChild).toHaveTextContent('ma');
  });

  it('opens on the date in the fields and marks it selected', async () => {
    const { user } = setup({ defaultValue: '2026-03-15' });
    await user.click(openButton());
    expect(dialog()).toHaveAccessibleName('maaliskuu 2026');
    expect(focusedDate()).toBe('2026-03-15');
    expect(document.activeElement).toHaveAttribute('aria-selected', 'true');
  });

  it('opens on today clamped to min and max', async () => {
    const { user } = setup({ min: '2027-01-10', max: '2027-12-31' });
    await user.click(openButton());
    expect(focusedDate()).toBe('2027-01-10');
  });

  it('moves with every key of the APG table', async () => {
    const { user } = setup({ defaultValue: '2026-11-18' });
    await user.click(openButton());
    expect(focusedDate()).toBe('2026-11-18');
    await user.keyboard('{ArrowRight}');
    expect(focusedDate()).toBe('2026-11-19');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focusedDate()).toBe('2026-11-17');
    await user.keyboard('{ArrowDown}');
    expect(focusedDate()).toBe('2026-11-24');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedDate()).toBe('2026-11-10');
    await user.keyboard('{Home}');
    expect(focusedDate()).toBe('2026-11-09');
    await user.keyboard('{End}');
    expect(focusedDate()).toBe('2026-11-15');
    await user.keyboard('{PageDown}');
    expect(focusedDate()).toBe('2026-12-15');
    expect(grid()).toHaveAccessibleName('joulukuu 2026');
    await user.keyboard('{PageUp}{PageUp}');
    expect(focusedDate()).toBe('2026-10-15');
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(focusedDate()).toBe('2027-10-15');
    await user.keyboard('{Shift>}{PageUp}{PageUp}{/Shift}');
    expect(focusedDate()).toBe('2025-10-15');
    expect(grid()).toHaveAccessibleName('lokakuu 2025');
  });

  it('re-renders the next month when an arrow key leaves the month', async () => {
    const { user } = setup({ defaultValue: '2026-11-30' });
    await user.click(openButton());
    await user.keyboard('{ArrowRight}');
    expect(focusedDate()).toBe('2026-12-01');
    expect(grid()).toHaveAccessibleName('joulukuu 2026');
    expect(screen.getByText('joulukuu 2026')).toHaveAttribute('aria-live', 'polite');
  });

  it('selects with Enter, fills the fields, fires onValueChange and returns focus', async () => {
    const onValueChange = vi.fn();
    const { user } = setup({ onValueChange });
    await user.click(openButton());
    await user.keyboard('{ArrowRight}{Enter}');
    expect(dialog()).not.toHaveAttribute('open');
    expect(field('Päivä').value).toBe('28');
    expect(field('Kuukausi').value).toBe('11');
    expect(field('Vuosi').value).toBe('2026');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-11-28', { day: '28', month: '11', year: '2026' });
    expect(openButton()).toHaveFocus();
    const data = new FormData(screen.getByRole('form'));
    expect([data.get('start-day'), data.get('start-month'), data.get('start-year')]).toEqual(['28', '11', '2026']);
  });

  it('says the focused day on opening and the chosen date on choosing (the announcer)', async () => {
    const { user } = setup({ defaultValue: '2026-11-10' });
    await user.click(openButton());
    // The page's polite region, or the one inside the open modal dialog where :modal is supported.
    const announced = () =>
      Array.from(document.querySelectorAll('#aukio-announcer-polite, [data-aukio-announcer-modal="polite"]'), (el) => el.textContent);
    await waitFor(() => expect(announced()).toContain('tiistaina 10. marraskuuta 2026'));
    await user.keyboard('{ArrowRight}{Enter}');
    await waitFor(() => expect(announced()).toContain('Valittu päivä: keskiviikkona 11. marraskuuta 2026'));
  });

  it('is controlled: value and onValueChange, open and onOpenChange', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    function Controlled() {
      const [date, setDate] = useState<string | null>('2026-11-10');
      const [open, setOpen] = useState(false);
      return (
        <AukioProvider locale="fi">
          <DatePicker legend={LEGEND} value={date} onValueChange={setDate} open={open}
            onOpenChange={(next) => { onOpenChange(next); setOpen(next); }} />
          <output aria-label="Valittu">{date ?? '-'}</output>
          <button type="button" onClick={() => setOpen(true)}>Avaa kalenteri</button>
          <button type="button" onClick={() => setDate('2026-12-24')}>Jouluaatto</button>
        </AukioProvider>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Jouluaatto' }));
    expect(field('Päivä').value).toBe('24');
    await user.click(screen.getByRole('button', { name: 'Avaa kalenteri' }));
    expect(dialog()).toHaveAttribute('open');
    expect(focusedDate()).toBe('2026-12-24');
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(dialog()).not.toHaveAttribute('open');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('status', { name: 'Valittu' })).toHaveTextContent('2026-12-23');
    expect(field('Päivä').value).toBe('23');
    await user.click(openButton());
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(focusedDate()).toBe('2026-12-23');
  });

  it('opens at first with defaultOpen (after hydration)', async () => {
    setup({ defaultOpen: true, defaultValue: '2026-11-10' });
    await waitFor(() => expect(dialog()).toHaveAttribute('open'));
    expect(focusedDate()).toBe('2026-11-10');
  });

  it('still calls the deprecated onChange, with one development warning', async () => {
    await expectOneDeprecationWarning('DatePicker', 'onChange', async () => {
      const onChange = vi.fn();
      const { user } = setup({ onChange });
      await user.click(openButton());
      await user.keyboard('{Enter}');
      expect(onChange).toHaveBeenLastCalledWith('2026-11-27', { day: '27', month: '11', year: '2026' });
    });
  });

  it('selects with Space and with a click', async () => {
    const { user } = setup();
    await user.click(openButton());
    await user.keyboard('{ArrowLeft} ');
    expect(field('Päivä').value).toBe('26');
    await user.click(openButton());
    expect(focusedDate()).toBe('2026-11-26');
    await user.click(within(grid()).getByRole('gridcell', { name: /^tiistaina 3\. marraskuuta/ }));
    expect(field('Päivä').value).toBe('3');
    expect(openButton()).toHaveFocus();
  });

  it('closes with Escape and Cancel without a change', async () => {
    const onValueChange = vi.fn();
    const { user } = setup({ defaultValue: '2026-11-10', onValueChange });
    await user.click(openButton());
    await user.keyboard('{ArrowRight}{Escape}');
    expect(dialog()).not.toHaveAttribute('open');
    expect(field('Päivä').value).toBe('10');
    expect(openButton()).toHaveFocus();
    await user.click(openButton());
    await user.keyboard('{ArrowRight}');
    await user.click(screen.getByRole('button', { name: 'Peruuta' }));
    expect(dialog()).not.toHaveAttribute('open');
    expect(field('Päivä').value).toBe('10');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { user } = setup();
    await user.click(openButton());
    const day = document.activeElement;
    await user.tab();
    expect(screen.getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Edellinen vuosi' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(day).toHaveFocus();
  });

  it('changes month and year with the buttons, keeping focus on the button', async () => {
    const { user } = setup({ defaultValue: '2026-01-31' });
    await user.click(openButton());
    await user.click(screen.getByRole('button', { name: 'Seuraava kuukausi' }));
    expect(grid()).toHaveAccessibleName('helmikuu 2026');
    expect(screen.getByRole('button', { name: 'Seuraava kuukausi' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Seuraava vuosi' }));
    expect(grid()).toHaveAccessibleName('helmikuu 2027');
    await user.click(screen.getByRole('button', { name: 'Edellinen vuosi' }));
    await user.click(screen.getByRole('button', { name: 'Edellinen kuukausi' }));
    expect(grid()).toHaveAccessibleName('tammikuu 2026');
    expect(grid().querySelector('[tabindex="0"]')).toHaveAttribute('data-date', '2026-01-28');
  });

  it('marks out-of-range and unavailable days and does not select them', async () => {
    const { user } = setup({
      defaultValue: '2026-11-10',
      min: '2026-11-05',
      max: '2026-11-25',
      isDateUnavailable: (d) => d === '2026-11-11',
    });
    await user.click(openButton());
    const before = within(grid()).getByRole('gridcell', { name: /^keskiviikkona 4\. marraskuuta 2026/ });
    expect(before).toHaveAccessibleName('keskiviikkona 4. marraskuuta 2026, ei valittavissa, sallitun aikavälin ulkopuolella');
    expect(before).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('keskiviikkona 11. marraskuuta 2026, ei valittavissa');
    expect(document.activeElement).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(dialog()).toHaveAttribute('open');
    await user.click(before);
    expect(dialog()).toHaveAttribute('open');
    expect(field('Päivä').value).toBe('10');
  });

  it('gives specific messages for impossible, early, late and unavailable dates', { timeout: 30_000 }, async () => {
    const cases: [Partial<DatePickerProps>, string, string][] = [
      [{}, '31.2.2026', '31.2.2026 ei ole olemassa oleva päivämäärä. Tarkista päivä ja kuukausi'],
      [{ min: '2026-12-01' }, '30.11.2026', 'Päivämäärän on oltava 1.12.2026 tai myöhemmin'],
      [{ max: '2026-12-01' }, '2.12.2026', 'Päivämäärän on oltava 1.12.2026 tai aikaisemmin'],
      [{ isDateUnavailable: (d) => d === '2026-12-24' }, '24.12.2026', '24.12.2026 ei ole valittavissa. Valitse toinen päivä'],
    ];
    for (const [props, typed, message] of cases) {
      const { user, unmount } = setup(props);
      const [d, m, y] = typed.split('.');
      await user.type(field('Päivä'), d!);
      await user.type(field('Kuukausi'), m!);
      await user.type(field('Vuosi'), y!);
      await user.tab(); // to the calendar button: still inside the group
      expect(screen.queryByText(message)).not.toBeInTheDocument();
      await user.tab(); // out of the group
      expect(screen.getByText(message)).toBeInTheDocument();
      expect(field('Päivä')).toHaveAttribute('aria-invalid', 'true');
      unmount();
    }
  });

  it('clears the message when a date is chosen in the calendar', async () => {
    const { user } = setup({ isDateUnavailable: (d) => d === '2026-11-27' });
    await user.type(field('Päivä'), '27');
    await user.type(field('Kuukausi'), '11');
    await user.type(field('Vuosi'), '2026');
    await user.tab();
    await user.tab();
    expect(screen.getByText(/ei ole valittavissa/)).toBeInTheDocument();
    await user.click(openButton());
    await user.keyboard('{ArrowRight}{Enter}');
    expect(field('Päivä').value).toBe('28');
    expect(screen.queryByText(/ei ole valittavissa/)).not.toBeInTheDocument();
    expect(field('Päivä')).not.toHaveAttribute('aria-invalid');
  });

  it.each([
    ['fi', 'marraskuu 2026', 'Valitse päivämäärä', 'maanantai'],
    ['sv', 'november 2026', 'Välj datum', 'måndag'],
    ['en', 'November 2026', 'Choose date', 'Monday'],
  ] as const)('uses Intl names in %s', async (locale, month, button, monday) => {
    const { user } = setup({ legend: 'Start' }, locale);
    expect(openButton()).toHaveAccessibleName(`${button}: Start`);
    await user.click(openButton());
    expect(grid()).toHaveAccessibleName(month);
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent(monday);
  });

  it('names the button by the legend element when the legend is not plain text', () => {
    setup({ legend: <strong>Alkamispäivä</strong> });
    expect(openButton()).toHaveAccessibleName(/^Valitse päivämäärä Alkamispäivä/);
  });

  it('reports min later than max in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    setup({ min: '2027-01-01', max: '2026-01-01' });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('min (2027-01-01) is later than max (2026-01-01)'));
    error.mockClear();
    setup({ min: '2026-01-01', max: '2027-01-01' });
    expect(error).not.toHaveBeenCalled();
  });

  it('forwards ref to the first field and disables the button with the group', () => {
    const ref = createRef<HTMLInputElement>();
    render(<DatePicker ref={ref} legend={LEGEND} disabled />);
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Päivä' }));
    expect(openButton()).toBeDisabled();
  });

  it('has no axe violations closed and open', { timeout: 20_000 }, async () => {
    const { user, container } = setup({ defaultValue: '2026-11-10', min: '2026-11-03', isDateUnavailable: (d) => d === '2026-11-12' });
    expect(await axe(container)).toHaveNoViolations();
    await user.click(openButton());
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error the legend is the field's name and is required
void (<DatePicker name="x" />);
