import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectErrorSummary, submitWithKeyboard, tabTo, type Locale } from '../patterns/helpers';
import { MOTIVATION_LIMIT, SampleApplicationForm, sampleTexts, validateApplication, type SampleTexts } from './SampleApplicationForm';

const meta = {
  title: 'Examples/Sample application form',
  component: SampleApplicationForm,
  args: { action: '/kurssihaku' },
  // Each field's id is its name (for the summary a server renders): on the docs page every story gets an iframe
  // of its own, so the ids do not repeat.
  parameters: { docs: { story: { inline: false, height: '60rem' } } },
} satisfies Meta<typeof SampleApplicationForm>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const catalogueTitle = (locale: Locale) => ({ fi: 'Tarkista seuraavat kohdat', sv: 'Kontrollera följande', en: 'Check the following' })[locale];

/** The messages of an empty submit, in the order of the fields on the page. */
const emptyMessages = (t: SampleTexts) => [
  t.firstNameMissing,
  t.lastNameMissing,
  t.dobMissing,
  t.courseMissing,
  t.experienceMissing,
  t.contactMissing,
  t.needsMissing,
  t.reductionMissing,
  t.termsMissing,
];

/**
 * Chooses an option of a focused native `<select>` with the Down arrow, as a keyboard user does. The key
 * events are dispatched with user-event; a browser does not run its own default action for script-made key
 * events, so the helper then does what Chromium does for an unprevented Down arrow on a closed select: select
 * the next option and fire `input` and `change`.
 */
async function chooseWithArrowKeys(select: HTMLSelectElement, value: string) {
  await expect(select).toHaveFocus();
  for (let i = 0; i < select.options.length && select.value !== value; i += 1) {
    let prevented = false;
    const listener = (event: KeyboardEvent) => (prevented = event.defaultPrevented);
    select.addEventListener('keydown', listener, { once: true });
    await userEvent.keyboard('{ArrowDown}');
    if (!prevented && select.selectedIndex < select.options.length - 1) {
      select.selectedIndex += 1;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  await expect(select).toHaveValue(value);
}

/** Submits the empty form, then follows every link of the summary with the keyboard. */
function errorPlay(locale: Locale): Story['play'] {
  const t = sampleTexts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await submitWithKeyboard(canvas, t.submit);
    const links = await expectErrorSummary(canvas, locale, emptyMessages(t));
    // Each field shows the same message and is marked invalid.
    await expect(canvas.getByRole('textbox', { name: new RegExp(t.firstName) })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('combobox', { name: new RegExp(t.course) })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('checkbox', { name: t.terms })).toHaveAttribute('aria-invalid', 'true');
    for (const link of links) {
      link.focus();
      await userEvent.keyboard('{Enter}');
      const id = link.getAttribute('href')!.slice(1);
      const target = canvasElement.ownerDocument.getElementById(id)!;
      const active = canvasElement.ownerDocument.activeElement!;
      // Focus is on the field itself, or on the first control of its group (radios, checkboxes, date parts).
      await expect(active === target || target.contains(active)).toBe(true);
      await expect(active.matches('input, select, textarea')).toBe(true);
    }
    await expect(canvasElement.ownerDocument.activeElement).toBe(canvas.getByRole('checkbox', { name: t.terms }));
  };
}

/** Completes the whole form with the keyboard only: Tab, typing, Space, arrow keys and Enter. */
async function completeWithKeyboard(canvas: Canvas, t: SampleTexts) {
  await tabTo(canvas.getByRole('textbox', { name: new RegExp(t.firstName) }));
  await userEvent.keyboard('Aino');
  await userEvent.tab();
  await userEvent.keyboard('Virtanen');
  // The date's parts follow each other in Tab order.
  await userEvent.tab();
  await userEvent.keyboard('27');
  await userEvent.tab();
  await userEvent.keyboard('3');
  await userEvent.tab();
  await userEvent.keyboard('1980');
  const course = canvas.getByRole('combobox', { name: new RegExp(t.course) }) as HTMLSelectElement;
  await tabTo(course);
  await chooseWithArrowKeys(course, 'python');
  await tabTo(canvas.getByRole('textbox', { name: new RegExp(t.experience) }));
  await userEvent.keyboard('2');
  // Space chooses a radio; its follow-up question appears right after it in Tab order.
  await tabTo(canvas.getByRole('radio', { name: t.contactEmail }));
  await userEvent.keyboard(' ');
  const email = await canvas.findByRole('textbox', { name: new RegExp(t.email) });
  await userEvent.tab();
  await expect(email).toHaveFocus();
  await userEvent.keyboard('aino.virtanen@example.fi');
  await tabTo(canvas.getByRole('checkbox', { name: t.needsLoop }));
  await userEvent.keyboard(' ');
  await tabTo(canvas.getByRole('checkbox', { name: t.needsOther }));
  await userEvent.keyboard(' ');
  const other = await canvas.findByRole('textbox', { name: new RegExp(t.needsOtherText) });
  await userEvent.tab();
  await expect(other).toHaveFocus();
  await userEvent.keyboard('Tuoli, jossa on käsinojat');
  await tabTo(canvas.getByRole('radio', { name: t.reductionNo }));
  await userEvent.keyboard(' ');
  await expect(canvas.getByRole('radio', { name: t.reductionNo })).toBeChecked();
  await tabTo(canvas.getByRole('textbox', { name: new RegExp(t.motivation) }));
  await userEvent.keyboard('Haluan oppia tekemään pieniä ohjelmia omiin tarpeisiini.');
  await tabTo(canvas.getByRole('checkbox', { name: t.terms }));
  await userEvent.keyboard(' ');
  await expect(canvas.getByRole('checkbox', { name: t.terms })).toBeChecked();
  await submitWithKeyboard(canvas, t.submit);
}

/** The empty form as a resident first sees it. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    // The toolbar's language (on the docs page too, where the story follows the page's toolbar).
    const t = sampleTexts[(globals.locale ?? 'fi') as Locale];
    await expect(canvas.getByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
    // A real form: it posts natively without JavaScript, and every field has a name.
    const form = canvasElement.querySelector('form')!;
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/kurssihaku');
    for (const control of Array.from(form.querySelectorAll('input, select, textarea'))) {
      await expect(control).toHaveAttribute('name');
    }
    // Follow-up questions stay hidden until their option is chosen.
    await expect(canvas.queryByRole('textbox', { name: new RegExp(t.email) })).not.toBeInTheDocument();
  },
};

/**
 * The error state of an empty post, set through props as a server renders it again (no keyboard: a docs page
 * runs every canvas's play function, and one that presses keys would take focus from the page). The texts
 * follow the toolbar's language.
 */
export const Errors: Story = {
  render: (args, { globals }) => {
    const locale = (globals.locale ?? 'fi') as Locale;
    return <SampleApplicationForm {...args} errors={validateApplication(new FormData(), locale, sampleTexts[locale])} />;
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = sampleTexts[(globals.locale ?? 'fi') as Locale];
    // The summary re-renders once the fields' ids are known (its links are replaced): look for all of them at once.
    await waitFor(() => expect(canvas.getAllByRole('link').map((link) => link.textContent)).toEqual(expect.arrayContaining(emptyMessages(t))));
    await expect(canvas.getByRole('textbox', { name: new RegExp(t.firstName) })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** The same error state in Swedish. */
export const ErrorsInSwedish: Story = { ...Errors, name: 'Errors in Swedish', globals: { locale: 'sv' } };

/** Test only (keyboard): an empty submit; the summary appears, takes focus and each link moves focus to its field. */
export const ErrorState: Story = { tags: ['!dev', '!autodocs'], play: errorPlay('fi') };

/** Test only (keyboard): the whole form completed with the keyboard only and sent. */
export const FilledValidSubmit: Story = {
  tags: ['!dev', '!autodocs'],
  name: 'Filled / valid submit',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = sampleTexts.fi;
    await completeWithKeyboard(canvas, t);
    const done = await canvas.findByRole('heading', { name: new RegExp(t.doneTitle) });
    await waitFor(() => expect(done.closest('[tabindex="-1"]')).toHaveFocus());
    await expect(canvas.queryByRole('heading', { name: catalogueTitle('fi') })).not.toBeInTheDocument();
  },
};

/** Test only (keyboard): choosing "none of these" clears the other needs, and choosing another need clears it. */
export const ExclusiveOption: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = sampleTexts.fi;
    await tabTo(canvas.getByRole('checkbox', { name: t.needsLoop }));
    await userEvent.keyboard(' ');
    await tabTo(canvas.getByRole('checkbox', { name: t.needsNone }));
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: t.needsNone })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: t.needsLoop })).not.toBeChecked();
  },
};

/** Test only (keyboard): too long an answer; the text is kept, the count says how much is over and the submit explains the fix. */
export const OverCharacterLimit: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = sampleTexts.fi;
    const box = canvas.getByRole('textbox', { name: new RegExp(t.motivation) });
    await tabTo(box);
    await userEvent.paste('a'.repeat(MOTIVATION_LIMIT + 5));
    await expect(box).toHaveValue('a'.repeat(MOTIVATION_LIMIT + 5));
    await submitWithKeyboard(canvas, t.submit);
    await expect(await canvas.findByRole('link', { name: t.motivationTooLong.replace('{limit}', String(MOTIVATION_LIMIT)) })).toBeInTheDocument();
  },
};

const longErrors = {
  firstName:
    'Kirjoita etunimesi täsmälleen siinä muodossa kuin se on merkitty väestötietojärjestelmään, myös mahdolliset väliviivat ja kaikki etunimet',
  needs: 'Valitse kaikki järjestelyt, joita tarvitset osallistuaksesi opetukseen, tai valitse "En tarvitse mitään näistä", jos et tarvitse mitään',
};

/** Very long texts and errors wrap at any width (see the reflow story tests at 320 px and 200 % text). */
export const LongText: Story = {
  args: {
    errors: longErrors,
    texts: {
      title: 'Hae opiskelupaikkaa Esimerkkilän kaupungin suomenkielisen työväenopiston kevätlukukauden 2027 kursseille',
      firstName: 'Kaikki etunimet väestötietojärjestelmään merkityssä muodossa ja järjestyksessä',
      courseWatercolour: 'Vesivärimaalaus ja luonnostelu maisemasta, kasveista ja arkkitehtuurista aloittelijoille ja jatkajille',
      needsAccess: 'Esteetön kulku opetustilaan pyörätuolilla, rollaattorilla tai muun liikkumisen apuvälineen kanssa',
      terms: 'Olen lukenut työväenopiston ilmoittautumis-, peruutus- ja maksuehdot sekä tietosuojaselosteen ja hyväksyn ne kaikki',
    },
  },
  play: async ({ canvasElement }) => {
    // Nothing reaches past the right edge (WCAG 1.4.10; the reflow run is 320 px wide with 200 % text).
    const width = canvasElement.ownerDocument.documentElement.clientWidth;
    const overflowing = Array.from(canvasElement.querySelectorAll<HTMLElement>('*'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    await expect(overflowing).toEqual([]);
    await expect(within(canvasElement).getByRole('link', { name: longErrors.firstName })).toBeInTheDocument();
  },
};

/** Test only (keyboard): an empty submit in Swedish; the form's own texts from its fi/sv/en object, the built-in ones from the library. */
export const Swedish: Story = { tags: ['!dev', '!autodocs'], globals: { locale: 'sv' }, play: errorPlay('sv') };

/** Test only (keyboard): an empty submit in English. */
export const English: Story = { tags: ['!dev', '!autodocs'], globals: { locale: 'en' }, play: errorPlay('en') };
