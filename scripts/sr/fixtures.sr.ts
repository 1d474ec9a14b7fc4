// The screen-reader stage must fail on what a resident would miss: fixtures in scripts/sr/fixtures with an
// unlabelled button and a live region inserted together with its text, and a control page that passes.
// modal.html shows why announcements must be written inside an open modal dialog.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '@aukio/a11y/server';
import { runScenario, type Step } from '@aukio/a11y/screen-reader';
import { screenReader, unavailable } from './harness.ts';


let fixtures: { url: string; close: () => Promise<void> } | undefined;
beforeAll(async () => {
  if (!unavailable) fixtures = await serveStatic(fileURLToPath(new URL('./fixtures', import.meta.url)));
});
afterAll(() => fixtures?.close());

const page = (name: string) => ({ name: `fixture ${name}`, url: `${fixtures?.url}/${name}.html` });

describe.skipIf(unavailable)('broken fixtures fail with the story, key and missing phrase', () => {
  test('control: a named button and a live region that exists before its text', async () => {
    const result = await runScenario(screenReader(), {
      ...page('control'),
      steps: [
        { key: 'Tab', hear: ['Save application', 'push button'] },
        { key: 'Return', hear: ['Application saved'] },
      ],
    });
    expect(result.steps.map((s) => s.heard.join(' '))).toEqual([expect.stringContaining('Save application push button'), expect.stringContaining('Application saved')]);
  });

  test('an unlabelled button: the name is missing', async () => {
    await expect(runScenario(screenReader(), { ...page('broken'), steps: [{ key: 'Tab', hear: ['Save application', 'push button'] }] })).rejects.toThrow(
      /fixture broken, key 1 "Tab": missing phrase "Save application"; heard: "[^"]*push button/,
    );
  });

  test('a live region inserted together with its text fails, naming the key and the text', async () => {
    const steps: Step[] = [{ key: 'Tab' }, { key: 'Return', hear: ['Application saved'] }];
    await expect(runScenario(screenReader(), { ...page('broken'), steps })).rejects.toThrow(
      /fixture broken, key 2 "Return": live region inserted together with its text "Application saved"/,
    );
  });
});

describe.skipIf(unavailable)('live regions and modal dialogs', () => {
  test('while a dialog is modal (showModal), a live region outside it is silent and one inside it is read', async () => {
    await runScenario(screenReader(), {
      ...page('modal'),
      steps: [
        { key: 'Tab', hear: ['Open dialog'] },
        { key: 'Return', focus: 'Count outside' },
        { key: 'Return', notHear: ['Seven results outside'] },
        { key: 'Tab', hear: ['Count inside'] },
        { key: 'Return', hear: ['Seven results inside'] },
      ],
    });
  });
});
