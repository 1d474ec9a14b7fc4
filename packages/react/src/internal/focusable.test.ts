import { describe, expect, it } from 'vitest';
import { isFocusable, tabbables } from './focusable';

describe('focusable', () => {
  it('lists what Tab reaches, in order, and leaves out disabled, hidden, inert, tabindex=-1 and closed details', () => {
    document.body.innerHTML = `
      <div id="root">
        <a href="#x" id="link">Link</a>
        <a id="anchor-only">No href</a>
        <button id="button">Button</button>
        <button disabled>Disabled</button>
        <input type="hidden" name="h">
        <input id="text">
        <div tabindex="-1" id="script-only">Script only</div>
        <div tabindex="0" id="region">Region</div>
        <div hidden><button>In hidden</button></div>
        <div inert><button>In inert</button></div>
        <details><summary id="summary">More</summary><button>Inside closed</button></details>
        <details open><summary>Open</summary><button id="inside-open">Inside open</button></details>
      </div>`;
    const ids = tabbables(document.getElementById('root')).map((el) => el.id);
    expect(ids).toEqual(['link', 'button', 'text', 'region', 'summary', '', 'inside-open']);
    expect(tabbables(null)).toEqual([]);
  });

  it('tells whether an element takes focus without a tabindex of its own', () => {
    document.body.innerHTML = '<main id="m"></main><div id="d" tabindex="-1"></div><a id="a" href="#m">x</a>';
    expect(isFocusable(document.getElementById('m')!)).toBe(false);
    expect(isFocusable(document.getElementById('d')!)).toBe(true);
    expect(isFocusable(document.getElementById('a')!)).toBe(true);
  });
});
