import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Form',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Focus goes to the summary, then from its links to the fields.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Form.test.tsx > stops an invalid submit, shows the summary in page order, focuses it and puts messages on fields' },
        { kind: 'story-test', ref: 'Form.stories.tsx > FailedSubmit' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Errors in the summary and at each field, with `aria-invalid`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Form.test.tsx > stops an invalid submit, shows the summary in page order, focuses it and puts messages on fields' },
        { kind: 'unit-test', ref: 'Form.test.tsx > shows errors given from outside (a server answer) and gives children the errors' },
        { kind: 'unit-test', ref: 'Form.test.tsx > links a radio group to its fieldset' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.3',
      status: 'supports',
      how: "Aukio's built-in messages say how to fix the input.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'Form.test.tsx > stops an invalid submit, shows the summary in page order, focuses it and puts messages on fields' },
        { kind: 'manual', ref: 'Error messages say how to correct the input, in fi, sv and en' },
      ],
    },
    {
      id: '3.3.4',
      status: 'supports',
      how: 'Nothing is sent while there are errors.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Form.test.tsx > stops an invalid submit, shows the summary in page order, focuses it and puts messages on fields' },
        { kind: 'manual', ref: 'Submissions with legal or financial effect can be reviewed, confirmed or undone' },
      ],
    },
    {
      id: '3.3.7',
      status: 'supports',
      how: 'Values stay in the fields after a failed submit.',
      verifiedBy: [
        { kind: 'manual', ref: 'Information given earlier is filled in or selectable, not asked again' },
      ],
    },
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
