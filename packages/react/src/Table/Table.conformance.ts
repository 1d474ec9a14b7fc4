import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Table',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<caption>`, `<th scope="col">`, `<th scope="row">`, `aria-sort`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Table.test.tsx > has a caption, column headers, row headers and, when too wide, a named focusable scroll region' },
        { kind: 'axe', ref: 'Table.test.tsx > has no axe violations: scrolling, sorted, selected, empty, long text' },
        { kind: 'axe', ref: 'Table.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Cells wrap; a table wider than the screen scrolls in its own region, not the page.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'A scrolling table\'s region is focusable (`tabindex="0"`); sort buttons and checkboxes are native.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Table.test.tsx > has a caption, column headers, row headers and, when too wide, a named focusable scroll region' },
        { kind: 'unit-test', ref: 'Table.test.tsx > the scroll region is reached with Tab before the header buttons' },
        { kind: 'unit-test', ref: 'Table.test.tsx > sorts with Enter and Space on the header button, sets aria-sort and announces the order' },
        { kind: 'unit-test', ref: 'Table.test.tsx > selects rows with checkboxes named by the row header, and all rows with the header checkbox' },
        { kind: 'story-test', ref: 'Table.stories.tsx > Sortable' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'The caption names the table and the region (`aria-labelledby`).',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Table.test.tsx > has a caption, column headers, row headers and, when too wide, a named focusable scroll region' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Sort buttons and checkboxes at least 24 × 24 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Checkboxes named by their row; sort state in `aria-sort`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Table.test.tsx > sorts with Enter and Space on the header button, sets aria-sort and announces the order' },
        { kind: 'unit-test', ref: 'Table.test.tsx > selects rows with checkboxes named by the row header, and all rows with the header checkbox' },
        { kind: 'axe', ref: 'Table.test.tsx > has no axe violations: scrolling, sorted, selected, empty, long text' },
        { kind: 'axe', ref: 'Table.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The new order is announced politely.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Table.test.tsx > sorts with Enter and Space on the header button, sets aria-sort and announces the order' },
        { kind: 'unit-test', ref: 'Table.test.tsx > announces the sort in Swedish and English' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-table--sortable, dialog --announcements-inside: Tab, Tab, Enter, Space',
      '“Pysäköintitunnukset. table with 4 rows 4 columns. column header. Rekisterinumero push button.” Tab: “column header. sorted descending. Alue push button.” Enter: “Rows reordered. Alue. sorted ascending”, then “Lajiteltu sarakkeen Alue mukaan nousevaan järjestykseen”. Space: “… laskevaan järjestykseen”',
    ),
    ...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
