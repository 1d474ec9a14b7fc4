import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Form } from '../Form';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { Combobox, type ComboboxOption } from './Combobox';

const cities: ComboboxOption[] = [
  { value: 'hel', label: 'Helsinki' },
  { value: 'esp', label: 'Espoo' },
  { value: 'van', label: 'Vantaa' },
  { value: 'kau', label: 'Kauniainen' },
  { value: 'ala', label: 'Ähtäri' },
  { value: 'hml', label: 'Hämeenlinna' },
  { value: 'jyv', label: 'Jyväskylä', disabled: true },
  { value: 'tre', label: 'Tampere' },
];

const many: ComboboxOption[] = Array.from({ length: 10_000 }, (_, i) => ({ value: `k${i}`, label: `Katu ${i + 1}` }));

const polite = () => document.getElementById('aukio-announcer-polite');
const assertive = () => document.getElementById('aukio-announcer-assertive');
const input = () => screen.getByRole('combobox');
const listbox = () => screen.getByRole('listbox', { hidden: true });
const active = () => {
  const id = input().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

function setup(props: Partial<React.ComponentProps<typeof Combobox>> = {}) {
  const user = userEvent.setup();
  const utils = render(
    <form aria-label="lomake">
      <Combobox label="Kotikunta" options={cities} name="city" {...(props as object)} />
      <button type="button">Seuraava</button>
    </form>,
  );
  return { user, ...utils };
}

describe('Combobox roles and states', { timeout: 20_000 }, () => {
  it('is an APG combobox wired to a listbox and labelled through the field', () => {
    setup({ hint: 'Valitse listasta', required: true });
    const box = screen.getByRole('combobox', { name: 'Kotikunta' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(box).toHaveAttribute('aria-controls', listbox().id);
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(box).toHaveAccessibleDescription('Valitse listasta');
    expect(box).toBeRequired();
    expect(listbox()).toHaveAccessibleName('Kotikunta');
    expect(listbox()).not.toBeVisible();
  });

  it('shows an error like a text input does', () => {
    setup({ error: 'Valitse kotikunta' });
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription('Virhe: Valitse kotikunta');
  });
});

describe('Combobox keyboard (APG table)', { timeout: 20_000 }, () => {
  it('Down Arrow opens the list on the first option, then moves down and wraps from last to first', async () => {
    const { user } = setup();
    await user.click(input());
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input()).toHaveFocus();
    expect(active()).toHaveTextContent('Helsinki');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Espoo');
    expect(screen.getByRole('option', { name: 'Helsinki' })).not.toHaveAttribute('aria-selected');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toHaveTextContent('Tampere');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Helsinki');
  });

  it('Up Arrow opens the list on the last option and moves up', async () => {
    const { user } = setup();
    await user.click(input());
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(active()).toHaveTextContent('Tampere');
    await user.keyboard('{ArrowUp}');
    // Jyväskylä is disabled and skipped.
    expect(active()).toHaveTextContent('Hämeenlinna');
    expect(screen.getByRole('option', { name: 'Jyväskylä' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('Alt+Down opens without moving; Alt+Up closes', async () => {
    const { user } = setup();
    await user.click(input());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('still calls the deprecated onChange, with one development warning', async () => {
    await expectOneDeprecationWarning('Combobox', 'onChange', async () => {
      const onChange = vi.fn();
      const { user } = setup({ onChange });
      await user.click(input());
      await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      expect(onChange).toHaveBeenCalledWith('esp');
    });
  });

  it('Enter chooses the active option, closes the list and posts the value', async () => {
    const onValueChange = vi.fn();
    const { user, container } = setup({ onValueChange });
    await user.click(input());
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(input()).toHaveValue('Espoo');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(onValueChange).toHaveBeenCalledWith('esp');
    expect(new FormData(container.querySelector('form')!).get('city')).toBe('esp');
    expect(input()).not.toHaveAttribute('name');
  });

  it('Escape closes the list; a second Escape clears the text in free-text mode', async () => {
    const onValueChange = vi.fn();
    const { user, container } = setup({ freeText: true, onValueChange });
    await user.type(input(), 'Hel');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveValue('Hel');
    expect(new FormData(container.querySelector('form')!).get('city')).toBe('Hel');
    await user.keyboard('{Escape}');
    expect(input()).toHaveValue('');
    expect(onValueChange).toHaveBeenLastCalledWith(null);
  });

  it('Escape in select-only mode closes, then restores the chosen option text', async () => {
    const { user } = setup({ defaultValue: 'van' });
    expect(input()).toHaveValue('Vantaa');
    await user.tripleClick(input());
    await user.keyboard('Tam');
    await user.keyboard('{Escape}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(input()).toHaveValue('Vantaa');
  });

  it('Escape does not reach an enclosing dialog while the list is open', async () => {
    const outer = vi.fn();
    const user = userEvent.setup();
    render(
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions
      <div onKeyDown={(e) => e.key === 'Escape' && outer()}>
        <Combobox label="Kotikunta" options={cities} />
      </div>,
    );
    await user.click(input());
    await user.keyboard('{ArrowDown}{Escape}');
    expect(outer).not.toHaveBeenCalled();
  });

  it('Home and End move the caret in the input and return visual focus to it', async () => {
    const { user } = setup({ freeText: true });
    await user.type(input(), 'Esp');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Espoo');
    await user.keyboard('{Home}');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect((input() as HTMLInputElement).selectionStart).toBe(0);
    await user.keyboard('{ArrowDown}{End}');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect((input() as HTMLInputElement).selectionStart).toBe(3);
  });

  it('Left and Right Arrow move the caret and return visual focus to the input', async () => {
    const { user } = setup({ freeText: true });
    await user.type(input(), 'Esp');
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect((input() as HTMLInputElement).selectionStart).toBe(2);
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect((input() as HTMLInputElement).selectionStart).toBe(3);
  });

  it('typing filters case-insensitively by substring, starts-with matches first; ä is its own letter', async () => {
    const { user } = setup();
    await user.type(input(), 'A');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    const names = () => screen.getAllByRole('option').map((o) => o.textContent);
    // "a" never matches "ä": Ähtäri and Jyväskylä are not in the list.
    expect(names()).toEqual(['Vantaa', 'Kauniainen', 'Hämeenlinna', 'Tampere']);
    await user.clear(input());
    await user.type(input(), 'ä');
    expect(names()).toEqual(['Ähtäri', 'Hämeenlinna', 'Jyväskylä']);
    await user.clear(input());
    // A decomposed ä (a + combining diaeresis) is the same letter.
    await user.type(input(), 'a\u0308h');
    expect(names()).toEqual(['Ähtäri']);
  });

  it('Backspace widens the filter again', async () => {
    const { user } = setup();
    await user.type(input(), 'Hels');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Backspace}{Backspace}{Backspace}');
    expect(input()).toHaveValue('H');
    // Starting with H first, then containing it.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Helsinki', 'Hämeenlinna', 'Ähtäri']);
  });

  it('Tab accepts the active option, closes the list and moves focus on', async () => {
    const { user } = setup();
    await user.type(input(), 'tam');
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(input()).toHaveValue('Tampere');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Seuraava' })).toHaveFocus();
  });

  it('Tab without an active option keeps a select-only value valid: unknown text reverts, an exact name is chosen', async () => {
    const onValueChange = vi.fn();
    const { user } = setup({ onValueChange });
    await user.type(input(), 'Tampuri');
    await user.tab();
    expect(input()).toHaveValue('');
    expect(onValueChange).not.toHaveBeenCalled();
    await user.click(input());
    await user.type(input(), 'espoo');
    await user.tab();
    expect(input()).toHaveValue('Espoo');
    expect(onValueChange).toHaveBeenLastCalledWith('esp');
  });

  it('Page Down and Page Up move ten options in a long list', async () => {
    const { user } = setup({ options: many });
    await user.click(input());
    await user.keyboard('{ArrowDown}{PageDown}');
    expect(active()).toHaveTextContent('Katu 11');
    await user.keyboard('{PageUp}');
    expect(active()).toHaveTextContent('Katu 1');
  });

  it('Page Down and Page Up stop on the nearest enabled option when the last or first option is disabled', async () => {
    const ends = many.map((o, i) => (i === 0 || i === many.length - 1 ? { ...o, disabled: true } : o));
    const { user } = setup({ options: ends });
    await user.click(input());
    await user.keyboard('{ArrowUp}');
    expect(active()).toHaveTextContent('Katu 9999');
    await user.keyboard('{PageDown}');
    expect(active()).toHaveTextContent('Katu 9999');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Katu 2');
    await user.keyboard('{PageUp}');
    expect(active()).toHaveTextContent('Katu 2');
  });

  it('Page Up in a short list whose first option is disabled keeps the first enabled option active', async () => {
    const { user } = setup({ options: cities.map((o, i) => (i === 0 || i === cities.length - 1 ? { ...o, disabled: true } : o)) });
    await user.click(input());
    await user.keyboard('{ArrowDown}{ArrowDown}{PageUp}');
    expect(active()).toHaveTextContent('Espoo');
    await user.keyboard('{PageDown}');
    expect(active()).toHaveTextContent('Hämeenlinna');
  });
});

describe('Combobox pointer and touch', { timeout: 20_000 }, () => {
  it('the button toggles the list and a click chooses an option', async () => {
    const { user } = setup({ defaultValue: 'van' });
    const toggle = screen.getByRole('button', { name: 'Näytä vaihtoehdot' });
    expect(toggle).toHaveAttribute('tabindex', '-1');
    await user.click(toggle);
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    // All options show (the text is the chosen one, not a filter) and the chosen one is active.
    expect(screen.getAllByRole('option')).toHaveLength(cities.length);
    expect(active()).toHaveTextContent('Vantaa');
    await user.click(screen.getByRole('option', { name: 'Espoo' }));
    expect(input()).toHaveValue('Espoo');
    expect(input()).toHaveFocus();
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('a click outside closes the list', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Näytä vaihtoehdot' }));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    await user.click(document.body);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens with a touch tap without closing on the same tap, and a tap chooses', async () => {
    const { user } = setup();
    const toggle = screen.getByRole('button', { name: 'Näytä vaihtoehdot' });
    await user.pointer({ keys: '[TouchA]', target: toggle });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('option', { name: 'Vantaa' }) });
    expect(input()).toHaveValue('Vantaa');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('a disabled option cannot be chosen', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Näytä vaihtoehdot' }));
    await user.click(screen.getByRole('option', { name: 'Jyväskylä' }));
    expect(input()).toHaveValue('');
  });
});

describe('Combobox announcements', { timeout: 20_000 }, () => {
  it('announces the number of results politely, in Finnish, Swedish and English', async () => {
    const { user, unmount } = setup();
    await user.type(input(), 'hel');
    await waitFor(() => expect(polite()).toHaveTextContent('1 tulos saatavilla'));
    await user.clear(input());
    await user.type(input(), 'a');
    await waitFor(() => expect(polite()).toHaveTextContent('4 tulosta saatavilla'));
    unmount();
    render(
      <AukioProvider locale="sv">
        <Combobox label="Hemkommun" options={cities} />
      </AukioProvider>,
    );
    await user.type(input(), 'a');
    await waitFor(() => expect(polite()).toHaveTextContent('4 resultat tillgängliga'));
  });

  it('shows and announces "no results"', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <Combobox label="Home town" options={cities} />
      </AukioProvider>,
    );
    await user.type(input(), 'xyz');
    expect(screen.getByText('No results', { selector: '.aukio-combobox__message > p' })).toBeVisible();
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(polite()).toHaveTextContent('No results'));
  });
});

describe('Combobox with async options', { timeout: 20_000 }, () => {
  it('loads for the query, aborts the stale request, announces loading and results', async () => {
    const user = userEvent.setup();
    const signals: AbortSignal[] = [];
    const loadOptions = vi.fn((query: string, signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<ComboboxOption[]>((resolve) =>
        setTimeout(() => resolve(cities.filter((c) => c.label.toLowerCase().includes(query.toLowerCase()))), 200),
      );
    });
    render(<Combobox label="Kotikunta" loadOptions={loadOptions} loadDelay={10} />);
    await user.type(input(), 'h');
    await waitFor(() => {
      expect(input()).toHaveAttribute('aria-busy', 'true');
      expect(document.querySelector('.aukio-combobox__message')).toHaveTextContent('Ladataan vaihtoehtoja…');
    });
    await waitFor(() => expect(polite()).toHaveTextContent('Ladataan vaihtoehtoja…'));
    await user.type(input(), 'e');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(loadOptions).toHaveBeenLastCalledWith('he', expect.any(AbortSignal));
    expect(signals.slice(0, -1).every((s) => s.aborted)).toBe(true);
    expect(input()).not.toHaveAttribute('aria-busy');
    await waitFor(() => expect(polite()).toHaveTextContent('1 tulos saatavilla'));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(input()).toHaveValue('Helsinki');
  });

  it('shows a translated, announced error with a retry button and keeps the typed text', async () => {
    const user = userEvent.setup();
    let fail = true;
    const loadOptions = vi.fn(async () => {
      if (fail) throw new Error('network');
      return cities.slice(0, 2);
    });
    render(<Combobox label="Kotikunta" loadOptions={loadOptions} loadDelay={0} />);
    await user.type(input(), 'es');
    const retry = await screen.findByRole('button', { name: 'Yritä uudelleen' });
    // In the list's message (the assertive live region may say the same words by now).
    expect(screen.getByText('Vaihtoehtojen lataaminen epäonnistui.', { selector: '.aukio-combobox__message > p' })).toBeVisible();
    await waitFor(() => expect(assertive()).toHaveTextContent('Vaihtoehtojen lataaminen epäonnistui.'));
    expect(input()).toHaveValue('es');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    fail = false;
    await user.click(retry);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(loadOptions).toHaveBeenLastCalledWith('es', expect.any(AbortSignal));
    expect(input()).toHaveValue('es');
    expect(input()).toHaveFocus();
  });
});

describe('Combobox with a loader that throws', { timeout: 20_000 }, () => {
  it('shows the error instead of crashing', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="sv">
        <Combobox
          label="Gata"
          loadOptions={() => {
            throw new Error('bug');
          }}
          loadDelay={0}
        />
      </AukioProvider>,
    );
    await user.type(input(), 'a');
    expect(await screen.findByRole('button', { name: 'Försök igen' })).toBeVisible();
    expect(document.querySelector('.aukio-combobox__message')).toHaveTextContent('Alternativen kunde inte laddas.');
  });
});

describe('Combobox with 10,000 options', { timeout: 20_000 }, () => {
  it('renders only a window of options with correct set size and positions', async () => {
    const { user } = setup({ options: many });
    await user.click(input());
    await user.keyboard('{ArrowDown}');
    const rendered = screen.getAllByRole('option');
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]).toHaveAttribute('aria-setsize', '10000');
    expect(rendered[0]).toHaveAttribute('aria-posinset', '1');
    expect(listbox()).toHaveAttribute('data-virtual');
  });

  it('Up Arrow jumps to the last option, which is rendered, active and scrolled to', async () => {
    const { user } = setup({ options: many });
    await user.click(input());
    await user.keyboard('{ArrowUp}');
    expect(active()).toHaveTextContent('Katu 10000');
    expect(active()).toHaveAttribute('aria-posinset', '10000');
    expect(listbox().scrollTop).toBeGreaterThan(0);
    expect(screen.getAllByRole('option').length).toBeLessThan(40);
  });

  it('scrolling the active option out of view drops aria-activedescendant; the next arrow brings it back', async () => {
    const { user } = setup({ options: many });
    await user.click(input());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveTextContent('Katu 2');
    listbox().scrollTop = 44 * 5000;
    fireEvent.scroll(listbox());
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-posinset', String(5000 - 6 + 1));
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Katu 3');
    expect(active()).toHaveAttribute('aria-posinset', '3');
  });

  it('measures each rendered row: with rows of two heights the active option is still whole in view', async () => {
    // Layout stand-in: every third label wraps onto two lines (88 px), others are one line (44 px); the list is 320 px.
    const mixed = many.map((o, i) => (i % 3 === 2 || i === many.length - 1 ? { ...o, label: `${o.label} pitkä nimi` } : o));
    const rowHeight = (el: Element) => (el.textContent?.includes('pitkä') ? 88 : 44);
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const height = this.getAttribute('role') === 'option' ? rowHeight(this) : 0;
      return { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: height, width: 0, height, toJSON: () => ({}) } as DOMRect;
    });
    const client = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.getAttribute('role') === 'listbox' ? 320 : 0;
    });
    try {
      const { user } = setup({ options: mixed });
      const inView = () => {
        const rows = screen.getAllByRole('option');
        const window = rows[0]!.parentElement!;
        let top = parseFloat(window.style.paddingBlockStart || '0');
        for (const row of rows) {
          if (row === active()) break;
          top += rowHeight(row);
        }
        const bottom = top + rowHeight(active()!);
        return top >= listbox().scrollTop - 1 && bottom <= listbox().scrollTop + 320 + 1;
      };
      await user.click(input());
      await user.keyboard('{ArrowUp}');
      expect(active()).toHaveTextContent('Katu 10000 pitkä nimi');
      expect(inView()).toBe(true);
      await user.keyboard('{ArrowDown}{PageDown}{PageDown}{PageDown}');
      expect(active()).toHaveAttribute('aria-posinset', '31');
      expect(inView()).toBe(true);
      for (let i = 0; i < 40; i++) await user.keyboard('{PageDown}');
      expect(active()).toHaveAttribute('aria-posinset', '431');
      expect(inView()).toBe(true);
    } finally {
      rect.mockRestore();
      client.mockRestore();
    }
  });

  it('filters ten thousand options quickly and keeps positions of the filtered set', async () => {
    const { user } = setup({ options: many });
    const t0 = performance.now();
    await user.type(input(), '999');
    expect(performance.now() - t0).toBeLessThan(2000);
    const rendered = screen.getAllByRole('option');
    expect(rendered[0]).toHaveTextContent('Katu 999');
    expect(rendered[0]).toHaveAttribute('aria-setsize', String(rendered.length));
    expect(rendered.at(-1)).toHaveAttribute('aria-posinset', String(rendered.length));
  });
});

describe('Combobox forms and integration', { timeout: 20_000 }, () => {
  it('can be controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string | null>('hel');
      return (
        <>
          <Combobox label="Kotikunta" options={cities} value={value} onValueChange={setValue} />
          <button type="button" onClick={() => setValue('tre')}>
            Tampere
          </button>
          <output data-testid="value">{value ?? 'tyhjä'}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(input()).toHaveValue('Helsinki');
    await user.click(screen.getByRole('button', { name: 'Tampere' }));
    expect(input()).toHaveValue('Tampere');
    await user.clear(input());
    expect(screen.getByTestId('value')).toHaveTextContent('tyhjä');
  });

  it('posts the text from the visible input before hydration (works without JavaScript)', () => {
    const html = renderToString(<Combobox label="Kotikunta" options={cities} name="city" defaultValue="esp" />);
    expect(html).toMatch(/<input[^>]*role="combobox"[^>]*name="city"/);
    expect(html).toContain('value="Espoo"');
  });

  it('async mode with a preset value: the server HTML shows its label and posts it, never an empty field', () => {
    const html = renderToString(
      <Combobox label="Kotikunta" name="city" loadOptions={() => Promise.resolve([])} options={[{ value: 'esp', label: 'Espoo' }]} defaultValue="esp" />,
    );
    const field = /<input[^>]*role="combobox"[^>]*>/.exec(html)![0];
    expect(field).toContain('name="city"');
    expect(field).toContain('value="Espoo"');
    expect(html).not.toMatch(/value=""/);
  });

  it('async mode with a preset value keeps its label after hydration and loading, and posts the value', async () => {
    const user = userEvent.setup();
    const loadOptions = vi.fn(async () => [{ value: 'van', label: 'Vantaa' }]);
    render(
      <form aria-label="lomake">
        <Combobox label="Kotikunta" name="city" loadOptions={loadOptions} loadDelay={0} options={[{ value: 'esp', label: 'Espoo' }]} defaultValue="esp" />
        <button type="button">Seuraava</button>
      </form>,
    );
    expect(input()).toHaveValue('Espoo');
    expect(screen.getByRole('form')).toHaveFormValues({ city: 'esp' });
    await user.click(screen.getByRole('button', { name: 'Näytä vaihtoehdot' }));
    expect(await screen.findByRole('option', { name: 'Vantaa' })).toBeInTheDocument();
    await user.tab();
    expect(input()).toHaveValue('Espoo');
    expect(screen.getByRole('form')).toHaveFormValues({ city: 'esp' });
  });

  it('reads its error from the surrounding <Form> by name, like the other fields', async () => {
    render(
      <Form errors={{ city: 'Valitse kotikunta' }}>
        <Combobox label="Kotikunta" options={cities} name="city" />
      </Form>,
    );
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription('Virhe: Valitse kotikunta');
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it('forwards ref and unknown props to the input, and can be named with aria-label', () => {
    const ref = createRef<HTMLInputElement>();
    render(<Combobox ref={ref} aria-label="Hae katua" options={cities} data-testid="cb" />);
    expect(ref.current).toBe(screen.getByTestId('cb'));
    expect(screen.getByRole('combobox', { name: 'Hae katua' })).toBe(ref.current);
    expect(listbox()).toHaveAccessibleName('Hae katua');
  });

  it('warns in development when the label is empty', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Combobox label="" options={cities} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<Combobox> has no accessible name'));
    warn.mockRestore();
  });

  it('has no axe violations closed, open with an active option, empty, and in error', async () => {
    const { user, container } = setup({ hint: 'Valitse listasta' });
    expect(await axe(container)).toHaveNoViolations();
    await user.click(input());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(await axe(container)).toHaveNoViolations();
    await user.type(input(), 'xyz');
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.keyDown(input(), { key: 'Escape' });
    const failing = render(
      <Combobox label="Katu" loadOptions={() => Promise.reject(new Error('x'))} loadDelay={0} error="Valitse katu" />,
    );
    await user.type(screen.getByRole('combobox', { name: /Katu/ }), 'a');
    await screen.findByRole('button', { name: 'Yritä uudelleen' });
    expect(await axe(failing.container)).toHaveNoViolations();
  });
});

// @ts-expect-error a Combobox needs a label, aria-label or aria-labelledby
export const unlabelled = <Combobox options={cities} />;
// @ts-expect-error only one way of naming at a time
export const twoNames = <Combobox label="Kunta" aria-label="Kunta" options={cities} />;
