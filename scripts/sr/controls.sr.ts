// What Orca says on buttons, links and the show/hide widgets: name, role and state, and the change of state.
import { describe, test } from 'vitest';
import { hear, unavailable } from './harness.ts';


describe.skipIf(unavailable)('controls', () => {
  test('Button (fi, sv): name and role; a loading button says it is unavailable', async () => {
    await hear('components-button--secondary', [{ key: 'Tab', hear: ['Tallenna luonnos', 'push button'] }]);
    await hear('components-button--swedish', [{ key: 'Tab', hear: ['Skicka ansökan', 'push button', 'grayed'] }]);
  });

  test('Link (en): name, role and that it opens an external site in a new tab', async () => {
    await hear('components-link--english', [{ key: 'Tab', hear: ['Traficom', 'external site, opens in a new tab', 'link'] }]);
  });

  test('SkipLink (en): first Tab reads it; Enter lands on the main content', async () => {
    await hear('components-skiplink--english', [
      { key: 'Tab', hear: ['Skip to main content', 'link'] },
      { key: 'Return', hear: ['main content'], focus: 'main#main' },
    ]);
  });

  test('Disclosure (en): toggle button with its state, and the new state on Space', async () => {
    await hear('components-disclosure--english', [
      { key: 'Tab', hear: ['Why do we ask this?', 'toggle button', 'expanded'] },
      { key: 'space', hear: ['collapsed'] },
    ]);
  });

  test('Accordion (en, fi): heading button with its state; Enter says the new state', async () => {
    await hear('components-accordion--english', [
      { key: 'Tab', hear: ['Who can apply?', 'expanded', 'push button', 'heading level 3'] },
      { key: 'Return', hear: ['collapsed'] },
    ]);
    await hear('components-accordion--default', [
      { key: 'Tab', hear: ['Kuka voi hakea?', /expanded|collapsed/, 'push button', 'heading level 3'] },
      { key: 'Return', hear: [/expanded|collapsed/] },
    ]);
  });

  test('Tabs (sv, fi): the first Tab reads the selected tab; arrows read the next tab', async () => {
    await hear('components-tabs--swedish', [
      { key: 'Tab', hear: ['Uppgifter', 'page tab'] },
      { key: 'Right', hear: ['Dokument', 'page tab'] },
    ]);
    await hear('components-tabs--second-selected', [
      { key: 'Tab', hear: ['Asiakirjat', 'page tab'] },
      { key: 'Left', hear: ['Tiedot', 'page tab'] },
    ]);
  });
});
