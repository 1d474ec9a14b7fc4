import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'DatePicker',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Fields in a `<fieldset>`; calendar is a `<table role="grid">` labelled by the month heading, with weekday column headers (full names for screen readers).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > names the button with the field label' },
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > opens on today, labelled by the month, with one tabbable day' },
        { kind: 'axe', ref: 'DatePicker.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'DatePicker.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Selected is filled and bold, today has a ring and underline, unavailable is struck through.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'At 320 px with 200 % text the grid fits: columns shrink (never under 24 px).',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'Token borders and fills; forced-colours rules use Highlight / GrayText / CanvasText.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Every row of the APG keyboard table; tested in Chromium story tests.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > moves with every key of the APG table' },
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > re-renders the next month when an arrow key leaves the month' },
        { kind: 'story-test', ref: 'DatePicker.stories.tsx > KeyboardArrows' },
        { kind: 'story-test', ref: 'DatePicker.stories.tsx > KeyboardHomeEnd' },
        { kind: 'story-test', ref: 'DatePicker.stories.tsx > KeyboardPages' },
        { kind: 'story-test', ref: 'DatePicker.stories.tsx > KeyboardSelect' },
        { kind: 'story-test', ref: 'DatePicker.stories.tsx > KeyboardTab' },
        { kind: 'story-test', ref: 'DatePicker.stories.tsx > UnavailableDates' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Modal `<dialog>` (the Dialog component): focus moves in, cycles, returns to the button.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > selects with Enter, fills the fields, fires onValueChange and returns focus' },
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > changes month and year with the buttons, keeping focus on the button' },
        { kind: 'story-test', ref: 'DatePicker.stories.tsx > KeyboardSelect' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus ring on each day and button; the dialog is in the top layer.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'The calendar is a modal dialog in the top layer: no sticky header or other content covers the focused day.',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Days at least 44 px high and normally 44 px wide; never under 24 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Specific messages for an impossible date, before `min`, after `max`, an unavailable date.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > gives specific messages for impossible, early, late and unavailable dates' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.3',
      status: 'supports',
      how: 'Specific messages for an impossible date, before `min`, after `max`, an unavailable date.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > gives specific messages for impossible, early, late and unavailable dates' },
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > clears the message when a date is chosen in the calendar' },
        { kind: 'manual', ref: 'Error messages say how to correct the input, in fi, sv and en' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: '`aria-selected`, `aria-current="date"`, `aria-disabled` with the reason in the day\'s name; button named with the legend.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > names the button with the field label' },
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > opens on the date in the fields and marks it selected' },
        { kind: 'axe', ref: 'DatePicker.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'DatePicker.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The month heading is `aria-live="polite"`; on opening the focused day, and on choosing "Valittu päivä: …", go through the one announcer.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'DatePicker.test.tsx > says the focused day on opening and the chosen date on choosing (the announcer)' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-datepicker--with-value (15 March 2027): Tab ×4, Enter, Right, Down, Page Down, Enter',
      '“Valitse päivämäärä: Pysäköintitunnuksen alkamispäivä push button. opens dialog” Enter: “maaliskuu 2027”, then “maanantaina 15. maaliskuuta 2027” (the announcer). Right: “tiistai column header tiistaina 16. maaliskuuta 2027. row 4 column 2.” Down: “tiistaina 23. maaliskuuta 2027. row 5.” Page Down: “perjantai column header perjantaina 23. huhtikuuta 2027. column 5.”, and “huhtikuu 2027” in some runs, nothing in others. Enter: “Valittu päivä: perjantaina 23. huhtikuuta 2027” (focus is back on the button)',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description:
        'With Orca 43 and Chromium 156 (`npm run test:sr`): Page Down reads only the new month, and in some runs nothing. Opening the calendar reads the month and then the focused day, and choosing a date says "Valittu päivä: …", both through the announcer because Orca did not read the focused day nor confirm the date by itself. Arrow keys read the day, row and column. NVDA, JAWS and VoiceOver not yet tested.',
      criteria: ['4.1.2', '4.1.3'],
      workaround: 'Type the date in the day, month and year fields.',
    },
  ],
});
