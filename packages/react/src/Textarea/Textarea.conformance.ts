import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Textarea',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; hint, error and count in `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Textarea.test.tsx > is a labelled multi-line field that keeps autoComplete and rows' },
        { kind: 'unit-test', ref: 'Textarea.test.tsx > counts down visibly and links the count to the field' },
        { kind: 'axe', ref: 'Textarea.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'Textarea.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Full width, resizable only vertically.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: '2 px border; error border 4 px.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Error text and, over the limit, the count as an error with `aria-invalid`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Textarea.test.tsx > shows error and keeps the text' },
        { kind: 'unit-test', ref: 'Textarea.test.tsx > goes over the limit as an error but keeps every character' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'The limit is stated before typing starts.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Textarea.test.tsx > states the limit in the server HTML, before JavaScript can count' },
        { kind: 'unit-test', ref: 'Textarea.test.tsx > counts down visibly and links the count to the field' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The remaining count is announced politely after a pause.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Textarea.test.tsx > announces the count politely only after typing pauses (debounced)' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-textarea--character-count, --error: Tab',
      '“Lyhyt kuvaus (valinnainen) entry. Kuvaus näkyy julkisesti palautekartalla. Voit kirjoittaa vielä 40 merkkiä.” With an error: “Kuvaile ongelmaa entry required. invalid entry. Kerro, mitä tapahtui ja missä. Virhe: Kuvaile ongelmaa.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
