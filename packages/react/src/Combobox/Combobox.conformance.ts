import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Combobox',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Label, hint and error wired to the input; listbox named; `aria-setsize`/`aria-posinset` on options.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Combobox.test.tsx > is an APG combobox wired to a listbox and labelled through the field' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > renders only a window of options with correct set size and positions' },
        { kind: 'axe', ref: 'Combobox.test.tsx > has no axe violations closed, open with an active option, empty, and in error' },
        { kind: 'axe', ref: 'Combobox.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.3.5',
      status: 'supports',
      how: 'Pass `autoComplete` when the field asks about the user (browser autofill is otherwise off).',
      verifiedBy: [
        { kind: 'axe', ref: 'Combobox.test.tsx > has no axe violations closed, open with an active option, empty, and in error' },
        { kind: 'axe', ref: 'Combobox.stories.tsx > *' },
        { kind: 'manual', ref: 'Browser autofill offers the right values for the field' },
      ],
    },
    {
      id: '1.4.1',
      status: 'supports',
      how: 'The active option has a fill and a bar; the chosen option a check mark.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Full-width field; long labels wrap, in virtualised lists too (each rendered row is measured). The list is in the top layer: no scrolling ancestor clips it, it opens above the field where there is more room there and shrinks to the room it has.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > TenThousandOptions' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > PlacementInDialog' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > PlacementInTable' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > PlacementAtBottomEdge' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > PlacementAtRightEdge' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > PlacementVirtualAtBottomRightCorner' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > PlacedByScript' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > measures each rendered row: with rows of two heights the active option is still whole in view' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Every row of the APG keyboard table.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Down Arrow opens the list on the first option, then moves down and wraps from last to first' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Up Arrow opens the list on the last option and moves up' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Alt+Down opens without moving; Alt+Up closes' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Enter chooses the active option, closes the list and posts the value' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Escape closes the list; a second Escape clears the text in free-text mode' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Home and End move the caret in the input and return visual focus to it' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Tab accepts the active option, closes the list and moves focus on' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Page Down and Page Up move ten options in a long list' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > Page Down and Page Up stop on the nearest enabled option when the last or first option is disabled' },
        { kind: 'story-test', ref: 'Combobox.stories.tsx > Keyboard' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus ring on the input; the active option is scrolled into view.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'Focus ring on the input; the active option is scrolled into view.',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Input, toggle, options and retry button at least 44 px high.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Shared field layout: visible label, hint, "Virhe:" error.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Combobox.test.tsx > shows an error like a text input does' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > reads its error from the surrounding <Form> by name, like the other fields' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > shows a translated, announced error with a retry button and keeps the typed text' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'Shared field layout: visible label, hint, "Virhe:" error.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Combobox.test.tsx > is an APG combobox wired to a listbox and labelled through the field' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'APG roles and states; name required by the types.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Combobox.test.tsx > is an APG combobox wired to a listbox and labelled through the field' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > renders only a window of options with correct set size and positions' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > scrolling the active option out of view drops aria-activedescendant; the next arrow brings it back' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > a disabled option cannot be chosen' },
        { kind: 'axe', ref: 'Combobox.test.tsx > has no axe violations closed, open with an active option, empty, and in error' },
        { kind: 'axe', ref: 'Combobox.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Result counts, "no results", loading and errors announced through the page\'s live regions.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Combobox.test.tsx > announces the number of results politely, in Finnish, Swedish and English' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > shows and announces "no results"' },
        { kind: 'unit-test', ref: 'Combobox.test.tsx > loads for the query, aborts the stale request, announces loading and results' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-combobox--default, --no-results, --async, --english, --in-dialog: Tab, typing, Down, Enter, Tab',
      '“Kotikunta (valinnainen) editable combo box.” Typing “tam”: “expanded”, then “1 tulos saatavilla”. Down: “Tampere.” “x”: “Ei tuloksia”. Loading as you type: “expanded”, “Ladataan vaihtoehtoja…”, “1 tulos saatavilla”. Inside a modal dialog: “3 tulosta saatavilla”.',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
