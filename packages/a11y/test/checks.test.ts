// @vitest-environment node
// The browser checks must find what they are meant to find: each runs over a small page with one known
// fault and one correct twin, in the same headless Chromium the story tests use.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../src/chromium.ts';
import { checkFocusVisible, checkReflow, checkTargetSize, checkTextSpacing } from '../src/checks.ts';
import { countChangedPixels, decodePng } from '../src/png.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const show = (body: string, css = '') =>
  page.setContent(`<!doctype html><html lang="en"><head><style>body{font:16px/1.4 sans-serif;margin:8px} ${css}</style></head><body>${body}</body></html>`);

describe('@aukio/a11y browser checks', { timeout: 60_000 }, () => {
  it('decodes screenshots and counts changed pixels', async () => {
    await show('<div id="a" style="width:40px;height:20px;background:#000"></div>');
    const a = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width: 60, height: 40 } }));
    await page.evaluate(() => document.getElementById('a')!.remove());
    const b = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width: 60, height: 40 } }));
    expect([a.width, a.height]).toEqual([60, 40]);
    expect(countChangedPixels(a, b)).toBe(800);
  });

  it('focus-visible: fails an element whose focus shows nothing, passes a two-colour ring', async () => {
    await show(
      '<button class="bad">No ring</button> <button class="good">Ring</button> <a href="#x" class="good">Link</a>',
      'button,a{font:inherit;padding:8px 12px;margin:12px} .bad:focus{outline:none} .good:focus-visible{outline:3px solid #0b0c0c;outline-offset:3px;box-shadow:0 0 0 3px #ffd83d}',
    );
    const violations = await checkFocusVisible(page);
    expect(violations.map((v) => v.target)).toEqual([expect.stringContaining('No ring')]);
    // Nothing changes on focus: a failure of 2.4.7 Focus Visible (AA), not advisory.
    expect(violations[0]).toMatchObject({ check: 'focus-visible', criterion: '2.4.7', level: 'AA', advisory: false });
  });

  it('focus-visible: a colour change of the text alone is visible (2.4.7 met) but below 2.4.13, reported as AAA advisory', async () => {
    await show('<a href="#y" class="weak">A link whose focus only changes colour</a>', 'a{color:#00e}.weak:focus{outline:none;color:#009}');
    const found = await checkFocusVisible(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ criterion: '2.4.13', level: 'AAA', advisory: true });
    expect(found.some((v) => v.criterion === '2.4.7')).toBe(false);
  });

  it('reflow: fails a page that scrolls sideways at 320 px, passes content that scrolls in its own box', async () => {
    await show('<div class="wide">wide</div>', '.wide{width:500px;background:#eee}');
    const bad = await checkReflow(page);
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toContain('div.wide');
    await show('<div class="scroller"><div class="wide">table</div></div>', '.scroller{overflow-x:auto;max-width:100%}.wide{width:500px}');
    expect(await checkReflow(page)).toEqual([]);
    await show('<h2 class="big">Asukaspysäköintitunnus</h2>', '.big{font-size:48px}');
    expect((await checkReflow(page))[0]?.message).toContain('text overflows its box');
    expect(page.viewportSize()).toEqual({ width: 800, height: 600 });
  });

  it('reflow: names an element whose hidden overflow cuts off its content at 320 px, passes the same content that wraps', async () => {
    await show(
      '<div class="card"><p>Asukaspysäköintitunnuksen hakemus on käsittelyssä ja päätös lähetetään sähköpostiin.</p></div>',
      '.card{height:48px;overflow:hidden;border:1px solid}',
    );
    const bad = await checkReflow(page);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ check: 'reflow', criterion: '1.4.10', level: 'AA', advisory: false, target: 'div.card' });
    expect(bad[0]!.message).toMatch(/px of its content cut off at the bottom \(overflow: hidden\) at 320 x 256 CSS px/);
    // The same card grows with its text: nothing cut off, no sideways scroll.
    await show('<div class="card"><p>Asukaspysäköintitunnuksen hakemus on käsittelyssä ja päätös lähetetään sähköpostiin.</p></div>', '.card{min-height:48px;overflow:hidden;border:1px solid}');
    expect(await checkReflow(page)).toEqual([]);
  });

  it('reflow: a page that hides its sideways overflow cuts off what sticks out; a fixed panel taller than 256 px is cut off', async () => {
    await show('<div class="wide">Hakemuksen tila: käsittelyssä</div>', 'html,body{overflow-x:hidden}.wide{width:600px}');
    const cut = await checkReflow(page);
    expect(cut.map((v) => v.target)).toContain('div.wide');
    expect(cut[0]!.message).toMatch(/cut off at the right edge of the page/);
    await show('<aside class="panel"><p>Ohje</p><p class="low">Lisää ohjeita</p></aside>', '.panel{position:fixed;top:0;left:0;width:200px;height:400px;background:#fff}.low{margin-top:300px}');
    const fixed = await checkReflow(page);
    expect(fixed.map((v) => v.target)).toEqual(['aside.panel']);
    expect(fixed[0]!.message).toMatch(/fixed box 400 px tall in a 256 px window; aside.panel > p.low\("Lisää ohjeita"\) and 0 more cannot be scrolled into view/);
    // The same tall box whose content all fits in the window loses nothing.
    await show('<aside class="panel"><p>Ohje</p></aside>', '.panel{position:fixed;top:0;left:0;width:200px;height:400px;background:#fff}');
    expect(await checkReflow(page)).toEqual([]);
    await show('<aside class="panel"><p>Ohje</p></aside>', '.panel{position:fixed;top:0;left:0;width:200px;max-height:100vh;overflow:auto}');
    expect(await checkReflow(page)).toEqual([]);
  });

  it('text spacing: fails text cut off by a fixed-size box, ignores visually hidden text', async () => {
    await show(
      '<div class="box">Hakemus lähetetty onnistuneesti</div><span class="vh">Virhe:</span><div class="ok">Joustava laatikko</div>',
      '.box{width:240px;height:22px;overflow:hidden;white-space:nowrap}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}.ok{overflow:hidden;min-height:22px}',
    );
    const v = await checkTextSpacing(page);
    expect(v.map((x) => x.target)).toEqual([expect.stringContaining('div.box')]);
    // The overrides are removed afterwards.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.box')!).letterSpacing)).toBe('normal');
  });

  it('text spacing: works on a page whose Content-Security-Policy blocks injected <style> elements', async () => {
    // Its own tab: a policy set by <meta> stays with the document.
    const strict = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await strict.setContent(
      `<!doctype html><html lang="fi"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'"></head><body><div class="box">Hakemus lähetetty onnistuneesti</div></body></html>`,
    );
    // Styles through the CSSOM (allowed by the policy), as an app's own stylesheet would set them.
    await strict.evaluate(() => Object.assign(document.querySelector<HTMLElement>('.box')!.style, { width: '240px', height: '22px', overflow: 'hidden', whiteSpace: 'nowrap', font: '16px/1.4 sans-serif' }));
    const v = await checkTextSpacing(strict);
    await strict.close();
    expect(v.map((x) => x.target)).toEqual([expect.stringContaining('div.box')]);
  });

  it('target size: fails small crowded targets, allows inline links, spaced small targets and labelled checkboxes', async () => {
    await show(
      `<div class="row"><button class="s">a</button><button class="s">b</button></div>
       <p>Read the <a href="#t">terms</a> first.</p>
       <div class="spaced"><button class="s">c</button></div>
       <div class="spaced"><input type="checkbox" id="c1" class="cb"><label for="c1">I agree to the terms</label></div>
       <button class="big">OK</button>`,
      '.s{width:16px;height:16px;padding:0;margin:0;font-size:10px}.row{display:flex;gap:2px}.spaced{margin:30px}.cb{width:16px;height:16px;margin:0}label{display:inline-block;padding-block:6px}.big{min-width:44px;min-height:44px}',
    );
    const v = await checkTargetSize(page);
    expect(v).toHaveLength(2);
    expect(v.every((x) => x.criterion === '2.5.8')).toBe(true);
  });
});
