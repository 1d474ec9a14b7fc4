// Render cost in headless Chromium, Aukio against react-aria-components on the same page: the median of
// repeated runs. Filled in by renderBench(); see bench.mjs.
export async function renderBench() {
  throw new Error('render benchmark not written yet');
}
